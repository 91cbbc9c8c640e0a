package org.briefing.feeds.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a feed is next fetched: after its interval, later after failures, never before asked. */
class PollScheduleTest {

  private static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");

  @Test
  void afterAFetchThatWorkedTheFeedWaitsItsInterval() {
    assertThat(PollSchedule.afterSuccess(NOW, 30)).isEqualTo(NOW.plus(Duration.ofMinutes(30)));
  }

  @Test
  void eachFailureInARowDoublesTheWaitUpToADay() {
    assertThat(PollSchedule.afterFailure(NOW, 30, 1, null)).isEqualTo(NOW.plusSeconds(60 * 60));
    assertThat(PollSchedule.afterFailure(NOW, 30, 2, null)).isEqualTo(NOW.plusSeconds(120 * 60));
    assertThat(PollSchedule.afterFailure(NOW, 30, 3, null)).isEqualTo(NOW.plusSeconds(240 * 60));
    assertThat(PollSchedule.afterFailure(NOW, 30, 6, null)).isEqualTo(NOW.plus(Duration.ofDays(1)));
    assertThat(PollSchedule.afterFailure(NOW, 30, 500, null))
        .as("no overflow however many")
        .isEqualTo(NOW.plus(Duration.ofDays(1)));
    assertThat(PollSchedule.afterFailure(NOW, 1440, 3, null))
        .as("a daily feed never waits less than its day")
        .isEqualTo(NOW.plus(Duration.ofDays(1)));
  }

  @Test
  void retryAfterInSecondsOrAsADateIsHonouredWhenLongerThanTheBackOff() {
    assertThat(PollSchedule.afterFailure(NOW, 5, 1, "7200")).isEqualTo(NOW.plusSeconds(7200));
    assertThat(PollSchedule.afterFailure(NOW, 5, 1, " 60 "))
        .as("shorter than the back-off: the back-off")
        .isEqualTo(NOW.plusSeconds(600));
    assertThat(PollSchedule.afterFailure(NOW, 5, 1, "Mon, 02 Mar 2026 11:00:00 GMT"))
        .isEqualTo(Instant.parse("2026-03-02T11:00:00Z"));
  }

  @Test
  void aRetryAfterBeyondADayIsCutToADayAndNonsenseIsIgnored() {
    assertThat(PollSchedule.afterFailure(NOW, 5, 1, "31536000"))
        .isEqualTo(NOW.plus(Duration.ofDays(1)));
    assertThat(PollSchedule.afterFailure(NOW, 5, 1, "99999999999999999999999"))
        .isEqualTo(NOW.plus(Duration.ofDays(1)));
    assertThat(PollSchedule.retryAfter(NOW, "soon")).isEmpty();
    assertThat(PollSchedule.retryAfter(NOW, "-5")).isEmpty();
    assertThat(PollSchedule.retryAfter(NOW, "Sun, 01 Mar 2026 08:00:00 GMT"))
        .as("a date gone by")
        .contains(Duration.ZERO);
    assertThat(PollSchedule.retryAfter(NOW, null)).isEmpty();
  }
}
