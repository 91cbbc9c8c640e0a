package org.briefing.classification.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

  private static List<String> sentences(String text) {
    return SentenceSplitter.split(text).stream()
        .map(s -> text.substring(s.start(), s.end()))
        .toList();
  }

  @Test
  void splitsAtFullStopsBeforeCapitalsAndAtLineBreaks() {
    assertThat(sentences("China acted. The US replied!\nKyiv waited? \"Yes,\" he said."))
        .containsExactly("China acted.", "The US replied!", "Kyiv waited?", "\"Yes,\" he said.");
  }

  @Test
  void keepsAbbreviationsInitialsAndNumbersTogether() {
    assertThat(
            sentences(
                "Mr. Putin met U.S. officials. Output rose 3.5 percent in George W. Bush's era."))
        .containsExactly(
            "Mr. Putin met U.S. officials.", "Output rose 3.5 percent in George W. Bush's era.");
  }

  @Test
  void keepsClosingQuotesWithTheirSentence() {
    assertThat(sentences("He said: “We are ready.” Then he left."))
        .containsExactly("He said: “We are ready.”", "Then he left.");
  }
}
