package org.briefing.digest.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.briefing.mail.entity.MailBody;
import org.junit.jupiter.api.Test;

class DigestComposerTest {

  private static final Instant NOW = Instant.parse("2025-02-26T06:00:00Z");
  private static final DigestComposer.Links LINKS =
      new DigestComposer.Links(
          "https://briefing.example/api/articles/",
          "https://briefing.example/api/subscriptions/unsubscribe?token=t",
          "https://briefing.example/api/subscriptions/preferences?token=t");

  private final DigestComposer composer = new DigestComposer();

  static DigestArticle article(String id, String title, String source, List<String> events) {
    return new DigestArticle(
        id,
        title,
        "https://news.example/" + id,
        source,
        Instant.parse("2025-02-25T10:00:00Z"),
        Instant.parse("2025-02-25T10:01:00Z"),
        0.9,
        List.of("rare-earths"),
        List.of("RU", "US"),
        events);
  }

  static ChangeLine change() {
    return new ChangeLine(
        "c1",
        Instant.parse("2025-02-25T10:00:00Z"),
        Instant.parse("2025-02-25T10:01:00Z"),
        "RU",
        "US",
        "rare-earths",
        "accuse",
        "offer-cooperation",
        "turn",
        "Turn to cooperation: from accuse to offer-cooperation (RU → US: offer-cooperation on rare-earths)",
        "Putin stated he was prepared to \"offer\" resources to American partners.",
        List.of(
            new ChangeLine.Source(
                "a1", "Putin offers rare earths", "https://news.example/a1", "Wire A"),
            new ChangeLine.Source(
                "a2", "Kremlin rare earth offer", "https://news.example/a2", "Wire B")));
  }

  @Test
  void leadsWithWhatChangedInBothParts() {
    DigestComposer.Composed mail =
        composer.compose(
            "daily",
            ZoneId.of("Europe/Kyiv"),
            NOW,
            List.of(change()),
            List.of(article("a1", "Putin offers rare earths", "Wire A", List.of())),
            LINKS);

    assertThat(mail.subject()).isEqualTo("Daily briefing, 26 Feb 2025: 1 change, 1 story");
    assertThat(mail.text().indexOf("WHAT CHANGED")).isLessThan(mail.text().indexOf("COVERAGE"));
    assertThat(mail.html().indexOf("What changed")).isLessThan(mail.html().indexOf("Coverage"));
    for (String part : List.of(mail.text(), mail.html())) {
      assertThat(part).contains("RU → US", "accuse → offer-cooperation", "Wire B");
    }
    assertThat(mail.text()).contains("preferences?token=t", "unsubscribe?token=t");
    // Mustache escapes "=" in attributes too; mail clients decode it.
    assertThat(mail.html()).contains("preferences?token&#61;t", "unsubscribe?token&#61;t");
  }

  @Test
  void aChangeEveryOutletCarriesListsItsFirstSourcesAndCountsTheRest() {
    ChangeLine one = change();
    List<ChangeLine.Source> sources = new ArrayList<>();
    for (int i = 1; i <= 14; i++) {
      sources.add(
          new ChangeLine.Source("a" + i, "Report " + i, "https://news.example/a" + i, "Wire " + i));
    }
    ChangeLine widelyReported =
        new ChangeLine(
            one.id(),
            one.happenedAt(),
            one.detectedAt(),
            one.actor(),
            one.target(),
            one.topic(),
            one.from(),
            one.to(),
            one.kind(),
            one.summary(),
            one.evidence(),
            sources);

    DigestComposer.Composed mail =
        composer.compose("daily", ZoneId.of("UTC"), NOW, List.of(widelyReported), List.of(), LINKS);

    for (String part : List.of(mail.text(), mail.html())) {
      assertThat(part).contains("Report 10", "and 4 more").doesNotContain("Report 11");
    }

    // A report this email carries is named among them, wherever it stands in the list.
    DigestComposer.Composed withReport =
        composer.compose(
            "daily",
            ZoneId.of("UTC"),
            NOW,
            List.of(widelyReported),
            List.of(article("a14", "Report 14", "Wire 14", List.of())),
            LINKS);
    assertThat(withReport.text()).contains("Report 14 (Wire 14)", "and 4 more");
  }

  @Test
  void escapesEveryValueFromAnArticleInHtmlButNotInText() {
    String title = "Tariffs & \"curbs\" <script>alert(1)</script>";
    DigestComposer.Composed mail =
        composer.compose(
            "weekly",
            ZoneId.of("UTC"),
            NOW,
            List.of(),
            List.of(article("a1", title, "<b>W</b>", List.of())),
            LINKS);

    assertThat(mail.html()).doesNotContain("<script>", "<b>W</b>");
    assertThat(mail.html()).contains("Tariffs &amp; &quot;curbs&quot; &lt;script&gt;");
    assertThat(mail.text()).contains(title);
  }

  @Test
  void oneStoryFromThreeOutletsIsOneItemWithItsSources() {
    List<String> acts = List.of("RU → US: offer-cooperation (rare-earths)");
    DigestComposer.Composed mail =
        composer.compose(
            "daily",
            ZoneId.of("UTC"),
            NOW,
            List.of(),
            List.of(
                article("a1", "Putin offers US rare earths deal", "Wire A", acts),
                article("a2", "Putin offers rare earths deal to US", "Wire B", acts),
                article(
                    "a3", "Kremlin proposes minerals partnership with Washington", "Wire C", acts)),
            LINKS);

    assertThat(mail.subject()).endsWith("1 story");
    assertThat(mail.text()).contains("Also: Wire B", "Also: Wire C");
  }

  @Test
  void capsTheCoverageAndSaysHowManyMore() {
    List<DigestArticle> many = new ArrayList<>();
    for (int i = 0; i < DigestComposer.CAP + 3; i++) {
      many.add(article("a" + i, "Headline" + i + " word" + i + " story" + i, "W", List.of()));
    }
    DigestComposer.Composed mail =
        composer.compose("daily", ZoneId.of("UTC"), NOW, List.of(), many, LINKS);

    assertThat(mail.text()).contains("...and 3 more.");
    assertThat(mail.html()).contains("…and 3 more.");
  }

  /**
   * An article's text cannot carry a slot for a reader's value: the slot character is replaced in
   * every value, and only the service's own links end in the reader's slot.
   */
  @Test
  void onlyTheServicesOwnLinksHoldTheReadersSlot() {
    String slot = MailBody.slot("token");
    DigestArticle trap =
        new DigestArticle(
            "a1",
            "Offer " + slot + " TOKEN.PLACEHOLDER",
            "https://evil.example/r?t=TOKEN.PLACEHOLDER&s=" + slot,
            "Wire " + slot,
            Instant.parse("2025-02-25T10:00:00Z"),
            Instant.parse("2025-02-25T10:01:00Z"),
            0.9,
            List.of("rare-earths"),
            List.of("RU", "US"),
            List.of("RU → US: offer " + slot));
    DigestComposer.Links links =
        new DigestComposer.Links(
            "https://briefing.example/api/articles/",
            "https://briefing.example/api/subscriptions/unsubscribe?token=",
            "https://briefing.example/api/subscriptions/preferences?token=",
            slot);

    var mail = composer.compose("daily", ZoneId.of("UTC"), NOW, List.of(), List.of(trap), links);

    assertThat(slots(mail.text())).isEqualTo(2);
    assertThat(slots(mail.html())).isEqualTo(2);
    assertThat(mail.text()).contains("preferences?token=" + slot, "unsubscribe?token=" + slot);
    assertThat(mail.html())
        .contains("preferences?token&#61;" + slot, "unsubscribe?token&#61;" + slot)
        .contains("TOKEN.PLACEHOLDER");
    assertThat(mail.text())
        .contains("https://evil.example/r?t=TOKEN.PLACEHOLDER&s=\uFFFDtoken\uFFFD");
  }

  /** How many slots a part holds, each opened and closed by the slot character. */
  private static int slots(String part) {
    return (int) part.chars().filter(c -> c == MailBody.SLOT).count() / 2;
  }
}
