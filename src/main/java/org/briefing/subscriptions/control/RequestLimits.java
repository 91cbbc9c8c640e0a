package org.briefing.subscriptions.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * At most {@code limit} requests per key in a window that the key's first counted request opens,
 * counted in the database: every node shares the counts, and a restart keeps them. Each count is
 * one statement that locks the key's row, so two nodes never both take the last place. Plain JDBC,
 * called outside any transaction (each statement commits): a refusal, or a key two nodes insert at
 * once, is no server fault.
 */
@ApplicationScoped
public class RequestLimits {

  /** Counts a request in an open window with room, or opens a new window for an old row. */
  private static final String COUNT =
      "UPDATE request_limit SET"
          + " requests = CASE WHEN window_start <= ? THEN 1 ELSE requests + 1 END,"
          + " window_start = CASE WHEN window_start <= ? THEN ? ELSE window_start END"
          + " WHERE limit_key = ? AND (window_start <= ? OR requests < ?)";

  private static final String OPEN =
      "INSERT INTO request_limit (limit_key, window_start, requests) VALUES (?, ?, 1)";

  @Resource(lookup = "jdbc/briefing")
  DataSource dataSource;

  @Inject Clock clock;

  protected RequestLimits() {}

  /** For tests outside the server. */
  RequestLimits(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** Counts a request for the key; false, counting nothing, if the key's window is full. */
  public boolean tryAcquire(String key, int limit, Duration window) {
    Instant now = Instant.now(clock);
    try (Connection c = dataSource.getConnection()) {
      if (count(c, key, limit, now, window)) {
        return true;
      }
      try (PreparedStatement open = c.prepareStatement(OPEN)) {
        open.setString(1, key);
        open.setObject(2, at(now));
        open.executeUpdate();
        return true;
      } catch (SQLException e) {
        if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
          throw e;
        }
        // The key's row exists: full, or another node opened it a moment ago.
        return count(c, key, limit, now, window);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not count a request against its limit", e);
    }
  }

  /** Forgets the keys whose window closed before {@code cutoff}; returns how many. */
  public int forgetClosedBefore(Instant cutoff) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete =
            c.prepareStatement("DELETE FROM request_limit WHERE window_start < ?")) {
      delete.setObject(1, at(cutoff));
      return delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not forget old request counts", e);
    }
  }

  private static java.time.OffsetDateTime at(Instant instant) {
    return instant.atOffset(java.time.ZoneOffset.UTC);
  }

  private static boolean count(Connection c, String key, int limit, Instant now, Duration window)
      throws SQLException {
    java.time.OffsetDateTime closed = at(now.minus(window));
    try (PreparedStatement count = c.prepareStatement(COUNT)) {
      count.setObject(1, closed);
      count.setObject(2, closed);
      count.setObject(3, at(now));
      count.setString(4, key);
      count.setObject(5, closed);
      count.setInt(6, limit);
      return count.executeUpdate() == 1;
    }
  }
}
