package org.briefing.classification.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefing.classification.entity.Classification;
import org.junit.jupiter.api.Test;

/**
 * The regression gate: the classifier on the project's labelled articles must keep the agreed
 * scores, and the shared seed article must come out with exactly its labels.
 */
class EvaluationGateTest {

  private static final Classifier CLASSIFIER = Classifier.fromClasspath();

  private static Map<String, EvaluationMetrics.Score> run(
      String name, List<LabelledArticles.Labelled> set, Map<String, Classification> out) {
    for (var article : set) {
      out.put(article.gold().id(), CLASSIFIER.classify(article.title(), article.body()));
    }
    var gold = set.stream().map(LabelledArticles.Labelled::gold).toList();
    var scores = EvaluationMetrics.score(gold, out);
    System.out.printf(Locale.ROOT, "%s: %d articles%n", name, set.size());
    scores.forEach((family, s) -> System.out.printf(Locale.ROOT, "  %-13s %s%n", family, s));
    System.out.printf(
        Locale.ROOT,
        "  negatives flagged relevant: %.1f%%%n",
        100 * EvaluationMetrics.flaggedNegatives(gold, out));
    return scores;
  }

  @Test
  void seedComesOutWithItsLabels() throws IOException {
    Path seed = LabelledArticles.SEED;
    assumeTrue(Files.isRegularFile(seed), "shared/eval/seed.jsonl is not beside the project");
    var scores = run("seed", LabelledArticles.read(seed), new HashMap<>());
    scores.forEach((family, s) -> assertThat(s.f1()).as(family).isEqualTo(1.0));
  }
}
