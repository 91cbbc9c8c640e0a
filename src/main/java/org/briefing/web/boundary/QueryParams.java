package org.briefing.web.boundary;

import java.time.DateTimeException;
import java.time.Instant;
import org.briefing.web.control.InvalidInputException;
import org.briefing.web.control.IsoInstants;

/** Reading query parameters that Bean Validation cannot check alone. */
public final class QueryParams {

  private QueryParams() {}

  /** An ISO-8601 date (start of that day, UTC) or date-time with offset; null when absent. */
  public static Instant instant(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return IsoInstants.parse(value);
    } catch (DateTimeException e) {
      throw new InvalidInputException(
          field, "must be an ISO-8601 date or date-time with offset, e.g. 2025-02-25T00:00:00Z");
    }
  }

  /**
   * Rows a list may skip to reach a page: a database reads and drops every skipped row, so a page
   * at offset 1,000,000 cost a million rows for anyone who asked. Deeper lists narrow with since.
   */
  public static final int MAX_OFFSET = 10_000;

  /** Refuses a page whose first row lies beyond {@link #MAX_OFFSET}. */
  public static void withinReach(int page, int size) {
    if ((long) page * size > MAX_OFFSET) {
      throw new InvalidInputException(
          "page",
          "page × size must not exceed "
              + MAX_OFFSET
              + " rows; narrow the list with since instead of paging deeper");
    }
  }
}
