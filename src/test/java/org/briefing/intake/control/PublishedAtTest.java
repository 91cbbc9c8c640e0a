package org.briefing.intake.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.regex.Pattern;
import org.briefing.web.control.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * The reading of publishedAt: dates, times with offsets, and refusals of what does not exist, for
 * every value the submission's pattern lets through.
 */
class PublishedAtTest {

  /** The pattern on {@code ArticleSubmission.publishedAt}. */
  private static final Pattern VALIDATED =
      Pattern.compile(
          "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?");

  @Test
  void readsDatesAndTimesAsTheStandardParserDoes() {
    assertThat(ArticleIntake.publishedAt("2025-02-25"))
        .isEqualTo(Instant.parse("2025-02-25T00:00:00Z"));
    assertThat(ArticleIntake.publishedAt("2025-02-25T09:30Z"))
        .isEqualTo(Instant.parse("2025-02-25T09:30:00Z"));
    assertThat(ArticleIntake.publishedAt("2025-02-25T09:30:15.5+05:30"))
        .isEqualTo(Instant.parse("2025-02-25T04:00:15.500Z"));
    assertThat(ArticleIntake.publishedAt("2025-02-25T00:10:00.000000001-00:30"))
        .isEqualTo(Instant.parse("2025-02-25T00:40:00.000000001Z"));
    assertThat(ArticleIntake.publishedAt(null)).isNull();
    assertThat(ArticleIntake.publishedAt(" ")).isNull();
  }

  @Test
  void refusesWhatDoesNotExist() {
    for (String value :
        new String[] {
          "2025-02-30",
          "2025-13-01",
          "2025-00-10",
          "2025-02-25T24:00Z",
          "2025-02-25T23:60Z",
          "2025-02-25T23:59:60Z",
          "2025-02-25T09:30+18:01",
          "2025-02-25T09:30+05:60",
          "2025x02-25",
          "2025-02-25T09:30",
          "2025-02-25T09:30Z1"
        }) {
      assertThatThrownBy(() -> ArticleIntake.publishedAt(value))
          .as(value)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining(value);
    }
  }

  @Test
  void agreesWithTheStandardParserOnRandomValidatedValues() {
    Random random = new Random(20261127);
    int checked = 0;
    for (int i = 0; i < 200_000; i++) {
      String value = randomValue(random);
      if (!VALIDATED.matcher(value).matches()) {
        continue;
      }
      checked++;
      Instant expected;
      try {
        expected = standard(value);
      } catch (DateTimeException e) {
        assertThatThrownBy(() -> ArticleIntake.publishedAt(value))
            .as(value)
            .isInstanceOf(InvalidInputException.class);
        continue;
      }
      assertThat(ArticleIntake.publishedAt(value)).as(value).isEqualTo(expected);
    }
    assertThat(checked).isGreaterThan(150_000);
  }

  /** What publishedAt did before: the standard parsers. */
  private static Instant standard(String value) {
    return value.length() == 10
        ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
        : OffsetDateTime.parse(value).toInstant();
  }

  /** A value of the validated shape, its numbers mostly in range and sometimes not. */
  private static String randomValue(Random random) {
    StringBuilder value = new StringBuilder();
    value.append(number(random, 4, 1, 9999)).append('-');
    value.append(number(random, 2, 1, 12)).append('-');
    value.append(number(random, 2, 1, 31));
    if (random.nextInt(5) == 0) {
      return value.toString();
    }
    value.append('T').append(number(random, 2, 0, 23)).append(':');
    value.append(number(random, 2, 0, 59));
    if (random.nextBoolean()) {
      value.append(':').append(number(random, 2, 0, 59));
      if (random.nextBoolean()) {
        value.append('.');
        int digits = 1 + random.nextInt(9);
        for (int d = 0; d < digits; d++) {
          value.append((char) ('0' + random.nextInt(10)));
        }
      }
    }
    if (random.nextInt(3) == 0) {
      value.append('Z');
    } else {
      value.append(random.nextBoolean() ? '+' : '-');
      value.append(number(random, 2, 0, 18)).append(':').append(number(random, 2, 0, 59));
    }
    return value.toString();
  }

  /** Mostly a number in [low, high]; one time in ten any digits at all. */
  private static String number(Random random, int width, int low, int high) {
    int n =
        random.nextInt(10) == 0
            ? random.nextInt((int) Math.pow(10, width))
            : low + random.nextInt(high - low + 1);
    return String.format("%0" + width + "d", n);
  }
}
