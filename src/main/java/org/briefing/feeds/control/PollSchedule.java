package org.briefing.feeds.control;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * When a feed is next fetched: its poll interval after a fetch that worked; after a failure the
 * interval doubled for each failure in a row, and never before the server's {@code Retry-After}
 * (seconds or an HTTP date). Both are capped at a day, so that one odd answer does not silence a
 * feed for good. Plain Java.
 */
public final class PollSchedule {

  /** The longest wait after a failure, or that a server's Retry-After can ask for. */
  public static final Duration MAX_DELAY = Duration.ofHours(24);

  private PollSchedule() {}

  public static Instant afterSuccess(Instant now, int pollMinutes) {
    return now.plus(Duration.ofMinutes(pollMinutes));
  }

  /**
   * @param consecutiveFailures the failures in a row, this one included (1 for the first)
   * @param retryAfter the server's Retry-After header, or null
   */
  public static Instant afterFailure(
      Instant now, int pollMinutes, int consecutiveFailures, String retryAfter) {
    Duration interval = Duration.ofMinutes(pollMinutes);
    Duration cap = MAX_DELAY.compareTo(interval) > 0 ? MAX_DELAY : interval;
    Duration backOff = interval.multipliedBy(1L << Math.min(Math.max(consecutiveFailures, 1), 16));
    Duration wait = backOff.compareTo(cap) > 0 ? cap : backOff;
    Duration asked = retryAfter(now, retryAfter).orElse(Duration.ZERO);
    if (asked.compareTo(wait) > 0) {
      wait = asked.compareTo(cap) > 0 ? cap : asked;
    }
    return now.plus(wait);
  }

  /**
   * A Retry-After header (RFC 9110: delay-seconds or an HTTP date) as a wait from {@code now}; a
   * date in the past is no wait; empty when absent or unreadable.
   */
  static Optional<Duration> retryAfter(Instant now, String header) {
    if (header == null || header.isBlank()) {
      return Optional.empty();
    }
    String value = header.strip();
    if (value.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
      } catch (NumberFormatException e) {
        return Optional.of(MAX_DELAY); // more digits than a long: as long as we ever wait
      }
    }
    try {
      Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
