package org.briefing.digest.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class StoryGrouperTest {

  private static final Instant T = Instant.parse("2025-03-05T08:00:00Z");

  private static DigestArticle article(
      String id, String title, List<String> topics, List<String> events) {
    return new DigestArticle(
        id, title, "https://example.org/" + id, "Wire " + id, T, T, 0.9, topics, List.of(), events);
  }

  @Test
  void titlesSharingMostWordsAreOneStoryLedByTheFirst() {
    var first =
        article("a", "Kazakhstan and South Korea sign tungsten agreement", List.of(), List.of());
    var second =
        article("b", "South Korea, Kazakhstan sign tungsten agreement", List.of(), List.of());
    var other = article("c", "Chile's lithium output rises", List.of(), List.of());

    var stories = StoryGrouper.group(List.of(first, other, second));

    assertThat(stories).hasSize(2);
    assertThat(stories.get(0).lead()).isEqualTo(first);
    assertThat(stories.get(0).others()).containsExactly(second);
    assertThat(stories.get(1).lead()).isEqualTo(other);
    assertThat(stories.get(1).others()).isEmpty();
  }

  @Test
  void differentTitlesWithTheSameActsOnATopicAreOneStory() {
    var acts = List.of("KR → KZ: sign-agreement (tungsten)");
    var a = article("a", "Seoul and Astana seal pact", List.of("tungsten"), acts);
    var b = article("b", "Korea secures critical mineral supply", List.of("tungsten"), acts);

    assertThat(StoryGrouper.group(List.of(a, b))).hasSize(1);
  }

  @Test
  void theSameActsOnAnotherTopicOrAnExtraActAreAnotherStory() {
    var acts = List.of("KR → KZ: sign-agreement");
    var a = article("a", "Seoul and Astana seal pact", List.of("tungsten"), acts);
    var otherTopic = article("b", "Korea secures mineral supply", List.of("lithium"), acts);
    var moreActs =
        article(
            "c",
            "Korea deal follows Chinese curbs",
            List.of("tungsten"),
            List.of("KR → KZ: sign-agreement", "CN → KR: impose-restriction"));

    assertThat(StoryGrouper.group(List.of(a, otherTopic, moreActs))).hasSize(3);
  }

  @Test
  void articlesWithoutActsAreGroupedByTitleOnly() {
    var a = article("a", "Lithium prices fall", List.of("lithium"), List.of());
    var b = article("b", "Copper prices rise", List.of("lithium"), List.of());

    assertThat(StoryGrouper.group(List.of(a, b))).hasSize(2);
  }

  @Test
  void titleWordsIgnoreCasePunctuationAndFillerWords() {
    assertThat(StoryGrouper.titleWords("The U.S. says: Lithium, in Chile!"))
        .containsExactlyInAnyOrder("lithium", "chile");
  }
}
