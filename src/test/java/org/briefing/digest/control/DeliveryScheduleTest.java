package org.briefing.digest.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.briefing.subscriptions.entity.Frequency;
import org.junit.jupiter.api.Test;

class DeliveryScheduleTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");

  @Test
  void dailyAtSevenLocalAcrossTheSpringForwardInNewYork() {
    // 8 March 2025 is still EST (UTC-5), 9 March is EDT (UTC-4).
    assertThat(slot(NEW_YORK, "2025-03-08T13:00:00Z")).isEqualTo("2025-03-08T12:00:00Z");
    assertThat(slot(NEW_YORK, "2025-03-09T11:30:00Z")).isEqualTo("2025-03-09T11:00:00Z");
    assertThat(slot(NEW_YORK, "2025-03-09T10:59:00Z")).isEqualTo("2025-03-08T12:00:00Z");
  }

  @Test
  void dailyAtSevenLocalInTokyoHasNoDaylightSaving() {
    assertThat(slot(TOKYO, "2025-03-08T23:00:00Z")).isEqualTo("2025-03-08T22:00:00Z");
    assertThat(slot(TOKYO, "2025-03-09T21:59:00Z")).isEqualTo("2025-03-08T22:00:00Z");
  }

  @Test
  void eachSubscriberIsDueAtTheirOwnHourOncePerDay() {
    Instant confirmed = Instant.parse("2025-03-07T00:00:00Z");
    Instant tokyoSent = Instant.parse("2025-03-08T22:00:30Z");
    Instant at = Instant.parse("2025-03-09T10:00:00Z");

    // At 10:00Z New York (06:00 EDT) is not yet due; Tokyo (19:00) had its digest at 07:00.
    assertThat(
            DeliverySchedule.due(
                Frequency.DAILY, NEW_YORK, 7, confirmed, Instant.parse("2025-03-08T12:00:10Z"), at))
        .isFalse();
    assertThat(DeliverySchedule.due(Frequency.DAILY, TOKYO, 7, confirmed, tokyoSent, at)).isFalse();
    // An hour later New York's 07:00 EDT has come.
    assertThat(
            DeliverySchedule.due(
                Frequency.DAILY,
                NEW_YORK,
                7,
                confirmed,
                Instant.parse("2025-03-08T12:00:10Z"),
                at.plusSeconds(3600)))
        .isTrue();
  }

  @Test
  void aNonexistentHourOnTheSpringForwardDayIsTakenAsTheHourAfter() {
    // 02:00 does not exist in New York on 9 March 2025: the slot is 03:00 EDT = 07:00Z.
    assertThat(
            DeliverySchedule.lastSlot(
                Frequency.DAILY, NEW_YORK, 2, Instant.parse("2025-03-09T08:00:00Z")))
        .isEqualTo("2025-03-09T07:00:00Z");
  }

  @Test
  void weeklyOnMondayAndTheFirstDigestWaitsForTheFirstSlotAfterConfirming() {
    Instant sunday = Instant.parse("2025-03-09T12:00:00Z");
    assertThat(DeliverySchedule.lastSlot(Frequency.WEEKLY, TOKYO, 7, sunday))
        .isEqualTo("2025-03-02T22:00:00Z");
    Instant confirmedSaturday = Instant.parse("2025-03-08T12:00:00Z");
    assertThat(DeliverySchedule.due(Frequency.WEEKLY, TOKYO, 7, confirmedSaturday, null, sunday))
        .isFalse();
    assertThat(
            DeliverySchedule.due(
                Frequency.WEEKLY,
                TOKYO,
                7,
                confirmedSaturday,
                null,
                Instant.parse("2025-03-09T22:00:00Z")))
        .isTrue();
  }

  /**
   * The round reads only subscribers whose next slot has come: that must be exactly the ones due,
   * in every zone (clock changes forward and back, half-hour offsets), at every hour, both ways.
   */
  @Test
  void theNextSlotHasComeExactlyWhenADigestIsDue() {
    var random = new java.util.Random(8);
    String[] zones = {
      "America/New_York",
      "Asia/Tokyo",
      "Europe/London",
      "Australia/Lord_Howe",
      "Asia/Kolkata",
      "America/Santiago",
      "Pacific/Apia",
      "UTC"
    };
    Instant start = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < 200_000; i++) {
      ZoneId zone = ZoneId.of(zones[random.nextInt(zones.length)]);
      Frequency frequency = random.nextBoolean() ? Frequency.DAILY : Frequency.WEEKLY;
      int hour = random.nextInt(24);
      Instant since = start.plusSeconds(random.nextInt(365 * 24 * 3600));
      Instant now = since.plusSeconds(random.nextInt(16 * 24 * 3600));
      boolean due = DeliverySchedule.due(frequency, zone, hour, null, since, now);
      Instant next = DeliverySchedule.nextSlot(frequency, zone, hour, since);
      assertThat(!next.isAfter(now))
          .as("%s %s %d:00 since %s now %s next %s", zone, frequency, hour, since, now, next)
          .isEqualTo(due);
      assertThat(next).isAfter(since);
    }
  }

  private static Instant slot(ZoneId zone, String now) {
    return DeliverySchedule.lastSlot(Frequency.DAILY, zone, 7, Instant.parse(now));
  }
}
