package org.briefing.benchmark;

import jakarta.json.spi.JsonProvider;
import java.util.List;

/**
 * Distinct, realistic articles for load: agency-style reports of about 2 KB on minerals diplomacy
 * between varying pairs of states, so that the classifier, the ledger and deduplication do the work
 * they do on real news. Each article is unique by its run marker and number.
 */
final class SyntheticArticles {

  /**
   * One JSON-P provider: {@code Json.create…} looks it up through the service loader on every call,
   * which took 40 % of the load generator's samples.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final List<String> STATES =
      List.of(
          "Russia",
          "the United States",
          "China",
          "Ukraine",
          "Australia",
          "Japan",
          "India",
          "Chile",
          "Indonesia",
          "Canada",
          "Brazil",
          "South Africa",
          "Kazakhstan",
          "Germany",
          "France",
          "Saudi Arabia");
  private static final List<String> MINERALS =
      List.of("lithium", "cobalt", "nickel", "rare earths", "graphite", "copper");
  private static final List<String> ACTS =
      List.of(
          "%s offered %s joint projects to mine %s, the foreign ministry said on Tuesday.",
          "%s and %s held talks on a partnership to process %s, officials said.",
          "%s signed an agreement with %s on supplies of %s, according to a statement.",
          "%s imposed export restrictions on %s shipments to %s, the trade ministry said.");

  private final String marker;

  SyntheticArticles(String marker) {
    this.marker = marker;
  }

  /** Article number {@code n} of the bulk stream: any mineral but uranium. */
  String bulk(long n) {
    String actor = STATES.get((int) (n % STATES.size()));
    String target = STATES.get((int) ((n / STATES.size() + 1 + n) % STATES.size()));
    if (actor.equals(target)) {
      target = STATES.get((int) ((n + 1) % STATES.size()));
    }
    String mineral = MINERALS.get((int) (n / 7 % MINERALS.size()));
    String act = ACTS.get((int) (n / 3 % ACTS.size()));
    String lead =
        act.startsWith("%s imposed")
            ? String.format(act, capital(actor), mineral, target)
            : String.format(act, capital(actor), target, mineral);
    return json(
        capital(actor) + " and " + target + " on " + mineral + ", report " + marker + "-" + n,
        lead
            + " "
            + background(mineral)
            + " The ministry declined to give figures for the deal, report "
            + marker
            + "-"
            + n
            + ".",
        "https://bench.example.org/" + marker + "/" + n);
  }

  /**
   * A probe for the alert latency: the only uranium story in the run, so that it alone matches the
   * immediate subscriber; its title is unique and appears in the alert.
   */
  String probe(long n) {
    return json(
        "Kazakhstan offers Japan uranium supplies, probe " + marker + "-" + n,
        "ASTANA (Bench Wire) - Kazakhstan offered Japan long-term supplies of uranium for its"
            + " reactors, the energy ministry said. Japan welcomed the offer. Probe "
            + marker
            + "-"
            + n
            + ".",
        "https://bench.example.org/" + marker + "/probe/" + n);
  }

  static String probeTitlePart(String marker, long n) {
    return "probe " + marker + "-" + n;
  }

  private static String background(String mineral) {
    return "Demand for "
        + mineral
        + " has grown with the production of batteries, electric cars and wind turbines,"
        + " and governments have sought new suppliers to reduce their dependence on a few"
        + " producers. Analysts said the talks reflected a wider race for critical minerals,"
        + " in which mining companies, development banks and export credit agencies compete"
        + " for access to deposits, processing plants and long-term offtake contracts. Prices"
        + " of "
        + mineral
        + " fell sharply last year after a surge in new supply, squeezing the margins of"
        + " miners and prompting several to delay expansion plans. Industry groups have called"
        + " for stockpiles, price floors and joint financing to make new projects viable, while"
        + " environmental groups warned about the impact of new mines on water and on local"
        + " communities. The agreement would have to be approved by both governments before"
        + " any shipments begin, and officials said technical teams would meet again within"
        + " weeks to settle the terms of the contracts, the volumes and the schedule of"
        + " deliveries over the next decade.";
  }

  private static String capital(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String json(String title, String body, String url) {
    return JSON.createObjectBuilder()
        .add("title", title)
        .add("body", "(Bench Wire) - " + body)
        .add("url", url)
        .add("source", "Bench Wire")
        .add("publishedAt", java.time.Instant.now().toString())
        .build()
        .toString();
  }
}
