package org.briefing.classification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.briefing.classification.entity.Vocabulary;
import org.junit.jupiter.api.Test;

/** The corpus keeps the shape its measurements rely on: sizes, balance, splits apart, words. */
class CorpusTest {

  @Test
  void splitsAreLargeEnoughBalancedAndApart() throws IOException {
    var dev = LabelledArticles.read(LabelledArticles.DEV_SPLIT);
    var test = LabelledArticles.read(LabelledArticles.TEST_SPLIT);
    assertThat(dev.size() + test.size()).isGreaterThanOrEqualTo(250);
    assertThat(test).hasSizeGreaterThanOrEqualTo(100);
    Set<String> devIds = ids(dev);
    assertThat(ids(test)).doesNotContainAnyElementsOf(devIds);
    double relevant =
        (double)
                (dev.stream().filter(a -> a.gold().relevant()).count()
                    + test.stream().filter(a -> a.gold().relevant()).count())
            / (dev.size() + test.size());
    assertThat(relevant).isBetween(0.4, 0.7);
  }

  @Test
  void labelsUseTheVocabulary() throws IOException {
    for (var path : List.of(LabelledArticles.DEV_SPLIT, LabelledArticles.TEST_SPLIT)) {
      for (var article : LabelledArticles.read(path)) {
        var gold = article.gold();
        assertThat(gold.topics()).as(gold.id()).allMatch(Vocabulary::isTopic);
        assertThat(gold.actors()).as(gold.id()).allMatch(Vocabulary::isActorCode);
        assertThat(gold.events())
            .as(gold.id())
            .allSatisfy(
                e -> {
                  assertThat(Vocabulary.EVENT_TYPES).contains(e.type().word());
                  assertThat(e.actor()).isNotEqualTo(e.target());
                  assertThat(gold.actors()).contains(e.actor(), e.target());
                });
      }
    }
  }

  private static Set<String> ids(List<LabelledArticles.Labelled> set) {
    Set<String> ids = new HashSet<>();
    set.forEach(a -> ids.add(a.gold().id()));
    return ids;
  }
}
