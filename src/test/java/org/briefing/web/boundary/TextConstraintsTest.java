package org.briefing.web.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The hand-written checks accept exactly what the {@code @Pattern}s they replaced accepted. */
class TextConstraintsTest {

  private static final Pattern NO_CONTROLS = Pattern.compile("[^\\p{Cntrl}]*");
  private static final Pattern NO_CONTROLS_BUT_LINE_BREAKS =
      Pattern.compile("[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*");
  private static final Pattern NO_MARKUP = Pattern.compile("(?s)(?!.*<[a-zA-Z/!?]).*");

  private static final String ALPHABET = "a Z<>/!?-\t\n\r\u000B\f\u0000\u001F\u007F\u0080é\u2028<b";

  @Test
  void acceptExactlyWhatTheRegularExpressionsAccepted() {
    Random random = new Random(11);
    for (int run = 0; run < 50_000; run++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(12); i > 0; i--) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String s = text.toString();
      assertThat(NoControlCharacters.Check.firstControl(s, false) < 0)
          .as("no controls in %s", s.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(NO_CONTROLS.matcher(s).matches());
      assertThat(NoControlCharacters.Check.firstControl(s, true) < 0)
          .as(
              "no controls but line breaks in %s",
              s.chars().mapToObj(Integer::toHexString).toList())
          .isEqualTo(NO_CONTROLS_BUT_LINE_BREAKS.matcher(s).matches());
      assertThat(!NoMarkup.Check.hasMarkup(s))
          .as("no markup in %s", s)
          .isEqualTo(NO_MARKUP.matcher(s).matches());
    }
  }

  @Test
  void namesWhatItRefuses() {
    assertThat(NoMarkup.Check.hasMarkup("Cobalt <b>deal</b>")).isTrue();
    assertThat(NoMarkup.Check.hasMarkup("<!-- x -->")).isTrue();
    assertThat(NoMarkup.Check.hasMarkup("prices < 5 and > 3")).isFalse();
    assertThat(NoMarkup.Check.hasMarkup("ends with <")).isFalse();
    assertThat(NoControlCharacters.Check.firstControl("line\nbreak\tand\rreturn", true))
        .isEqualTo(-1);
    assertThat(NoControlCharacters.Check.firstControl("line\nbreak", false)).isEqualTo(4);
    assertThat(NoControlCharacters.Check.firstControl("bell\u0007", true)).isEqualTo(4);
  }
}
