package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefing.it.support.Api;
import org.briefing.it.support.BrokerAdmin;
import org.briefing.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The change ledger on real published news: the corpus's test split, posted in publication order to
 * the running service, and each change it announces compared with the labelled events of its
 * article (same actor, target and type; negotiate and sign-agreement either way round). A briefing
 * that announces what the article does not say loses its reader. Runs on a fresh service of its own
 * (the {@code integration-tests-ledger} execution), so that no other test's acts share its ledger.
 */
@ExtendWith(ArquillianExtension.class)
class ChangesBackedIT {

  private static final Path TEST_SPLIT = Path.of("src/test/resources/corpus/test.jsonl");

  // Floors: the figures when they were last set (32 of 37 backed, round 4 of docs/classifier.md),
  // less a margin; the target is 0.90. Raise them with the change that earns it.
  /** The share of announced changes a labelled event must back. */
  private static final double MIN_BACKED = 0.85;

  /** At least this many changes: a ledger that announces nothing is not precise, only silent. */
  private static final int MIN_CHANGES = 35;

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  private final Api api = Api.local();
  private final BrokerAdmin broker = BrokerAdmin.local();

  /** An article of the split: what is posted, and the acts its labels record. */
  private record Labelled(String id, String published, JsonObject post, List<JsonObject> events) {}

  @Test
  void changesAreBackedByTheArticlesThatAnnounceThem() throws IOException {
    List<Labelled> split = read();
    split.sort(
        Comparator.comparing(
            (Labelled a) -> a.published() == null ? "9999" : a.published(),
            Comparator.naturalOrder()));

    Map<String, Labelled> byArticle = new HashMap<>();
    for (Labelled article : split) {
      long ledgerReads = broker.messagesAdded("briefing.alerts");
      HttpResponse<String> posted = api.postJson("/api/articles", article.post().toString());
      assertThat(posted.statusCode()).as(article.id() + ": " + posted.body()).isEqualTo(202);
      String id = Api.json(posted).getString("id");
      byArticle.put(id, article);
      JsonObject classified = awaitClassified(id);
      if (classified.getJsonObject("classification").getBoolean("relevant")) {
        // one at a time, so that the ledger reads them in publication order as posted
        await("the ledger reads " + article.id())
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(20))
            .until(() -> broker.messagesAdded("briefing.alerts") > ledgerReads);
      }
    }

    List<JsonObject> changes = changes();
    int backed = 0;
    for (JsonObject change : changes) {
      Labelled source = byArticle.get(change.getString("articleId"));
      boolean isBacked = source != null && backs(source.events(), change);
      backed += isBacked ? 1 : 0;
      System.out.printf(
          Locale.ROOT,
          "%s %s %s %s->%s | %s%n",
          isBacked ? "  backed" : "UNBACKED",
          source == null ? "?" : source.id(),
          change.getString("to"),
          change.getString("actor"),
          change.getString("target"),
          change.getString("evidence", ""));
    }
    double share = changes.isEmpty() ? 0 : (double) backed / changes.size();
    System.out.printf(
        Locale.ROOT,
        "Changes on the test split: %d articles posted, %d changes, %d backed (%.1f%%)%n",
        split.size(),
        changes.size(),
        backed,
        100 * share);
    assertThat(changes).hasSizeGreaterThanOrEqualTo(MIN_CHANGES);
    assertThat(share)
        .as("share of changes backed by a labelled event")
        .isGreaterThanOrEqualTo(MIN_BACKED);
  }

  private static boolean backs(List<JsonObject> events, JsonObject change) {
    String type = change.getString("to");
    String actor = change.getString("actor");
    String target = change.getString("target");
    boolean twoSided = type.equals("negotiate") || type.equals("sign-agreement");
    return events.stream()
        .filter(e -> e.getString("type").equals(type))
        .anyMatch(
            e ->
                (e.getString("actor").equals(actor) && e.getString("target").equals(target))
                    || (twoSided
                        && e.getString("actor").equals(target)
                        && e.getString("target").equals(actor)));
  }

  private JsonObject awaitClassified(String id) {
    return await("article " + id + " classified")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () -> Api.json(api.get("/api/articles/" + id)),
            a -> a.getString("status").equals("classified"));
  }

  private List<JsonObject> changes() {
    List<JsonObject> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonObject body = Api.json(api.get("/api/changes?size=200&page=" + page));
      all.addAll(body.getJsonArray("items").getValuesAs(JsonObject.class));
      if (!body.getBoolean("more")) {
        return all;
      }
    }
  }

  private static List<Labelled> read() throws IOException {
    List<Labelled> out = new ArrayList<>();
    for (String line : Files.readAllLines(TEST_SPLIT)) {
      if (line.isBlank()) {
        continue;
      }
      JsonObject row = Json.createReader(new StringReader(line)).readObject();
      var post =
          Json.createObjectBuilder()
              .add("title", row.getString("title"))
              .add("body", row.getString("body"))
              .add("url", row.getString("url"))
              .add("source", row.getString("source"));
      String published = row.get("published") instanceof JsonString date ? date.getString() : null;
      if (published != null) {
        post.add("publishedAt", published);
      }
      out.add(
          new Labelled(
              row.getString("id"),
              published,
              post.build(),
              row.getJsonObject("labels").getJsonArray("events").getValuesAs(JsonObject.class)));
    }
    return out;
  }
}
