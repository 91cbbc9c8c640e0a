package org.briefing.intake.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArticleFingerprintTest {

  /** Characters where the normalisation can go wrong: every kind of space, controls, ligatures. */
  private static final String ALPHABET =
      "aZé \t\n\u000B\f\r\u001C\u001F\u0085\u00A0\u1680\u2000\u2007\u200B\u2028\u2029\u202F"
          + "\u3000\uFB01\u2460\u0301\u00C5ǅ.<";

  /** The regular expression the hashes stored so far were made with. */
  private static String asBefore(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT)
        .replaceAll("[\\p{Z}\\s]+", " ")
        .strip();
  }

  @Test
  void normalisesExactlyAsTheRegularExpressionDid() {
    Random random = new Random(7);
    for (int run = 0; run < 20_000; run++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(24); i > 0; i--) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      assertThat(ArticleFingerprint.normaliseText(text.toString()))
          .as("normalised %s", text.codePoints().mapToObj(Integer::toHexString).toList())
          .isEqualTo(asBefore(text.toString()));
    }
  }

  @Test
  void sameTextWithOtherSpacingAndCaseHashesTheSame() {
    assertThat(
            ArticleFingerprint.contentHash("Lithium  Deal", "Chile\u00A0and\n\nthe EU\u2028sign."))
        .isEqualTo(ArticleFingerprint.contentHash(" lithium deal", "chile and the eu sign. "))
        .isNotEqualTo(ArticleFingerprint.contentHash("lithium deal", "chile and the eu signed."));
  }
}
