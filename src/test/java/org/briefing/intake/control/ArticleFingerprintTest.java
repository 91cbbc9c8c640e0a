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

  /** ASCII only, which skips the normaliser. */
  private static final String ASCII = "aZ \t\n\u000B\f\r\u001C\u001F\u007F.<";

  @Test
  void normalisesExactlyAsTheRegularExpressionDid() {
    Random random = new Random(7);
    for (int run = 0; run < 40_000; run++) {
      String alphabet = run % 2 == 0 ? ALPHABET : ASCII;
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(24); i > 0; i--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      assertThat(ArticleFingerprint.normaliseText(text.toString()))
          .as("normalised %s", text.codePoints().mapToObj(Integer::toHexString).toList())
          .isEqualTo(asBefore(text.toString()));
    }
  }

  @Test
  void hashesTheNormalisedTitleLineBreakAndBody() throws Exception {
    String title = "Cobalt\u00A0Deal ";
    String body = "Kinshasa  and\n\nBeijing \uFB01nally sign.";
    byte[] expected =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(
                (asBefore(title) + "\n" + asBefore(body))
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(ArticleFingerprint.contentHash(title, body))
        .isEqualTo(java.util.HexFormat.of().formatHex(expected));
  }

  @Test
  void sameTextWithOtherSpacingAndCaseHashesTheSame() {
    assertThat(
            ArticleFingerprint.contentHash("Lithium  Deal", "Chile\u00A0and\n\nthe EU\u2028sign."))
        .isEqualTo(ArticleFingerprint.contentHash(" lithium deal", "chile and the eu sign. "))
        .isNotEqualTo(ArticleFingerprint.contentHash("lithium deal", "chile and the eu signed."));
  }
}
