package org.briefing.classification.entity;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.ArrayList;
import java.util.List;
import org.briefing.classification.control.Classifier;
import org.junit.jupiter.api.Test;

/** The hand-written form is JSON-B's, so that what was stored before reads the same. */
class ClassificationJsonTest {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private static List<Classification> samples() {
    Classifier classifier = Classifier.fromClasspath();
    List<Classification> samples = new ArrayList<>();
    for (String text :
        List.of(
            "Beijing imposed export controls on gallium shipments to Tokyo on Friday.",
            "Russia offered the United States cooperation on rare earths, Kirill Dmitriev said.",
            "The EU and Chile signed a lithium agreement; talks with Argentina continue.",
            "Weather: sunny, 21 °C.")) {
      samples.add(classifier.classify(text, text));
    }
    samples.add(
        new Classification(
            true,
            0.123456789,
            List.of("cobalt"),
            List.of("CD", "US"),
            List.of("Félix Tshisekedi"),
            List.of(
                new Event(
                    "CD",
                    "US",
                    EventType.OFFER_COOPERATION,
                    null,
                    "He said: \"minerals\"\n…",
                    false),
                new Event("US", "CD", EventType.NEGOTIATE, "cobalt", null, true),
                new Event(null, null, null, null, null, false)),
            List.of("a reason with \\ backslash")));
    samples.add(
        new Classification(false, 0.0, List.of(), List.of(), List.of(), List.of(), List.of()));
    samples.add(
        new Classification(true, 1.0, List.of(), List.of(), List.of(), List.of(), List.of()));
    return samples;
  }

  @Test
  void writesWhatJsonBWrote() {
    for (Classification c : samples()) {
      assertThat(ClassificationJson.write(c)).isEqualTo(JSONB.toJson(c));
    }
  }

  @Test
  void readsMissingPropertiesAsEmptyFalseOrZero() {
    assertThat(ClassificationJson.read("{}"))
        .isEqualTo(
            new Classification(false, 0.0, List.of(), List.of(), List.of(), List.of(), List.of()));
  }

  @Test
  void readsWhatJsonBWroteAndWhatItWrites() {
    for (Classification c : samples()) {
      assertThat(ClassificationJson.read(JSONB.toJson(c))).isEqualTo(c);
      assertThat(ClassificationJson.read(ClassificationJson.write(c))).isEqualTo(c);
    }
  }
}
