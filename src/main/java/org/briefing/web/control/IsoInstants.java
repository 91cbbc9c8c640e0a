package org.briefing.web.control;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Instants as the API takes them: ISO-8601, a date alone meaning the start of that day in UTC. */
public final class IsoInstants {

  private IsoInstants() {}

  /**
   * {@code 2025-02-25}, {@code 2025-02-25T09:30Z} or {@code 2025-02-25T09:30:00.5+02:00}; throws
   * {@link java.time.DateTimeException} for anything else, or a date or offset that does not exist.
   */
  public static Instant parse(String value) {
    return value.length() == 10
        ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
        : OffsetDateTime.parse(value).toInstant();
  }
}
