package org.briefing.platform.boundary;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.briefing.platform.control.InvalidInputException;

/** Reading query parameters that Bean Validation cannot check alone. */
public final class QueryParams {

  private QueryParams() {}

  /** An ISO-8601 date (start of that day, UTC) or date-time with offset; null when absent. */
  public static Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return value.length() == 10
          ? LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant()
          : OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeException e) {
      throw new InvalidInputException(
          field, "must be an ISO-8601 date or date-time with offset, e.g. 2025-02-25T00:00:00Z");
    }
  }
}
