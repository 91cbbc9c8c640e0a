package org.briefing.classification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.briefing.classification.entity.Classification;
import org.briefing.classification.entity.Event;
import org.briefing.classification.entity.EventType;
import org.junit.jupiter.api.Test;

class EvaluationMetricsTest {

  private static Event event(String actor, String target, String type) {
    return new Event(actor, target, EventType.fromWord(type), null, null, false);
  }

  @Test
  void foldsSurnamesAndTransliterations() {
    assertThat(EvaluationMetrics.fold("Volodymyr Zelenskiy", true))
        .isEqualTo(EvaluationMetrics.fold("Zelenskyy", true))
        .isEqualTo("zelensky");
    assertThat(EvaluationMetrics.fold("Maroš Šefčovič", true)).isEqualTo("sefcovic");
  }

  @Test
  void twoSidedEventsHaveNoDirectionAndOtherIsNotScored() {
    var gold =
        new EvaluationMetrics.Gold(
            "a", true, List.of(), List.of(), List.of(), List.of(event("US", "UA", "negotiate")));
    var predicted =
        new Classification(
            true,
            1.0,
            List.of(),
            List.of(),
            List.of(),
            List.of(event("UA", "US", "negotiate"), event("US", "CD", "other")),
            List.of());
    var scores = EvaluationMetrics.score(List.of(gold), Map.of("a", predicted));
    assertThat(scores.get("events").f1()).isEqualTo(1.0);
    assertThat(scores.get("events-loose").f1()).isEqualTo(1.0);
  }

  @Test
  void emptyFamiliesScoreOne() {
    var gold = new EvaluationMetrics.Gold("a", false, List.of(), List.of(), List.of(), List.of());
    var predicted =
        new Classification(false, 0.0, List.of(), List.of(), List.of(), List.of(), List.of());
    var scores = EvaluationMetrics.score(List.of(gold), Map.of("a", predicted));
    assertThat(scores.values()).allSatisfy(s -> assertThat(s.f1()).isEqualTo(1.0));
  }
}
