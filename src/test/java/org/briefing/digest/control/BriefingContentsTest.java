package org.briefing.digest.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one choice of items that a digest and a reader's feed both carry. */
class BriefingContentsTest {

  private static DigestArticle article(
      String id, String title, double score, List<String> topics, List<String> actors) {
    return new DigestArticle(
        id,
        title,
        null,
        "Wire " + id,
        Instant.parse("2025-02-25T10:00:00Z"),
        Instant.parse("2025-02-25T10:01:00Z"),
        score,
        topics,
        actors,
        List.of());
  }

  private static ChangeLine change(String id, String happenedAt, String topic, String target) {
    return new ChangeLine(
        id,
        Instant.parse(happenedAt),
        Instant.parse(happenedAt).plusSeconds(60),
        "RU",
        target,
        topic,
        null,
        "offer-cooperation",
        "first-contact",
        "First contact " + id,
        "evidence",
        List.of());
  }

  @Test
  void aReaderGetsTheMatchingChangesNewestFirstAndStoriesBestFirst() {
    List<ChangeLine> changes =
        List.of(
            change("old", "2025-02-20T10:00:00Z", "rare-earths", "US"),
            change("new", "2025-02-25T10:00:00Z", "rare-earths", "UA"),
            change("lithium", "2025-02-26T10:00:00Z", "lithium", "US"),
            change("other-pair", "2025-02-26T10:00:00Z", "rare-earths", "CN"));
    List<DigestArticle> articles =
        List.of(
            article("weak", "Rare earth exports slow", 0.5, List.of("rare-earths"), List.of("US")),
            article(
                "strong",
                "Kremlin offers rare earths to Washington",
                0.9,
                List.of("rare-earths"),
                List.of("RU", "US")),
            article("off-topic", "Lithium prices", 0.99, List.of("lithium"), List.of("US")));

    BriefingContents contents =
        BriefingContents.forReader(List.of("rare-earths"), List.of("US", "UA"), changes, articles);

    assertThat(contents.changes()).extracting(ChangeLine::id).containsExactly("new", "old");
    assertThat(contents.stories()).extracting(s -> s.lead().id()).containsExactly("strong", "weak");
    assertThat(contents.isEmpty()).isFalse();
  }

  @Test
  void noChoiceMeansEverything() {
    BriefingContents contents =
        BriefingContents.forReader(
            List.of(),
            List.of(),
            List.of(change("a", "2025-02-20T10:00:00Z", "lithium", "US")),
            List.of(article("b", "Lithium prices", 0.5, List.of("lithium"), List.of("CL"))));
    assertThat(contents.changes()).hasSize(1);
    assertThat(contents.stories()).hasSize(1);
    assertThat(BriefingContents.forReader(List.of("cobalt"), List.of(), List.of(), List.of()))
        .matches(BriefingContents::isEmpty);
  }
}
