package org.briefing.digest.control;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import org.briefing.subscriptions.entity.Frequency;

/**
 * When a subscriber's digest is due: daily at their chosen hour in their own time zone, weekly on
 * Mondays at that hour. Daylight-saving changes follow the zone's rules (an hour that does not
 * exist on the day clocks go forward is taken as the hour after). Plain Java.
 */
public final class DeliverySchedule {

  public static final DayOfWeek WEEKLY_DAY = DayOfWeek.MONDAY;

  private DeliverySchedule() {}

  /** The latest delivery time at or before {@code now}. */
  public static Instant lastSlot(Frequency frequency, ZoneId zone, int hour, Instant now) {
    ZonedDateTime local = now.atZone(zone);
    LocalDate day = local.toLocalDate();
    if (frequency == Frequency.WEEKLY) {
      day = day.with(TemporalAdjusters.previousOrSame(WEEKLY_DAY));
    }
    ZonedDateTime slot = ZonedDateTime.of(day, LocalTime.of(hour, 0), zone);
    if (slot.toInstant().isAfter(now)) {
      LocalDate earlier = frequency == Frequency.WEEKLY ? day.minusWeeks(1) : day.minusDays(1);
      slot = ZonedDateTime.of(earlier, LocalTime.of(hour, 0), zone);
    }
    return slot.toInstant();
  }

  /**
   * The first delivery time after {@code since}: a digest is due at {@code now} exactly when this
   * is not after {@code now} (see {@link #due}).
   */
  public static Instant nextSlot(Frequency frequency, ZoneId zone, int hour, Instant since) {
    LocalDate day = since.atZone(zone).toLocalDate();
    if (frequency == Frequency.WEEKLY) {
      day = day.with(TemporalAdjusters.previousOrSame(WEEKLY_DAY)).minusWeeks(1);
    } else {
      day = day.minusDays(1);
    }
    while (true) {
      Instant slot = ZonedDateTime.of(day, LocalTime.of(hour, 0), zone).toInstant();
      if (slot.isAfter(since)) {
        return slot;
      }
      day = frequency == Frequency.WEEKLY ? day.plusWeeks(1) : day.plusDays(1);
    }
  }

  /**
   * Whether a digest is due now: a slot has passed since the last digest, or since the subscriber
   * confirmed (the first digest comes at the first slot after confirming).
   */
  public static boolean due(
      Frequency frequency,
      ZoneId zone,
      int hour,
      Instant confirmedAt,
      Instant lastDigestAt,
      Instant now) {
    if (frequency == Frequency.IMMEDIATE) {
      return false;
    }
    Instant slot = lastSlot(frequency, zone, hour, now);
    Instant since = lastDigestAt != null ? lastDigestAt : confirmedAt;
    return since == null || since.isBefore(slot);
  }
}
