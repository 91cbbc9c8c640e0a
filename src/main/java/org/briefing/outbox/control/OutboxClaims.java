package org.briefing.outbox.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.briefing.outbox.entity.OutboxMessage;

/**
 * Claims outbox rows on a connection inside the caller's transaction, which sends them, deletes
 * them and commits: {@code FOR UPDATE SKIP LOCKED} locks the rows it returns and passes over those
 * another transaction holds, so two senders (two nodes, or one node's hand-over and its look in the
 * table) never both send a row. A row whose sender fails is unlocked by the rollback and claimed
 * again later. Plain JDBC, for PostgreSQL and H2.
 */
final class OutboxClaims {

  private static final String COLUMNS = "id, queue, body, properties, created_at, send_after";

  /** The oldest due rows that no other sender holds: the usual queue claim, for PostgreSQL. */
  private static final String OLDEST =
      "SELECT "
          + COLUMNS
          + " FROM outbox WHERE send_after <= ? ORDER BY send_after, id"
          + " FETCH FIRST ? ROWS ONLY FOR UPDATE SKIP LOCKED";

  /**
   * H2 locks every row an ordered FOR UPDATE reads, before the limit (all 90,000 due rows of a
   * digest round, for each batch of 100): there the oldest are picked first, then those still free
   * claimed.
   */
  private static final String OLDEST_UNCLAIMED =
      "SELECT id FROM outbox WHERE send_after <= ?"
          + " ORDER BY send_after, id FETCH FIRST ? ROWS ONLY";

  private OutboxClaims() {}

  /** Claims up to {@code max} of the oldest rows due by {@code dueBy}. */
  static List<OutboxMessage> oldest(Connection c, int max, Instant dueBy) throws SQLException {
    boolean h2 = "H2".equals(c.getMetaData().getDatabaseProductName());
    List<String> candidates = new ArrayList<>();
    try (PreparedStatement select = c.prepareStatement(h2 ? OLDEST_UNCLAIMED : OLDEST)) {
      select.setObject(1, dueBy.atOffset(ZoneOffset.UTC));
      select.setInt(2, max);
      try (ResultSet rows = select.executeQuery()) {
        if (!h2) {
          return messages(rows);
        }
        while (rows.next()) {
          candidates.add(rows.getString(1));
        }
      }
    }
    return claim(c, candidates);
  }

  /** These rows, those still there and free, oldest first. */
  private static List<OutboxMessage> claim(Connection c, List<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return List.of();
    }
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM outbox WHERE id IN ("
                + placeholders(ids)
                + ")"
                + " ORDER BY send_after, id FOR UPDATE SKIP LOCKED")) {
      bind(select, ids);
      try (ResultSet rows = select.executeQuery()) {
        return messages(rows);
      }
    }
  }

  private static List<OutboxMessage> messages(ResultSet rows) throws SQLException {
    List<OutboxMessage> messages = new ArrayList<>();
    while (rows.next()) {
      messages.add(
          new OutboxMessage(
              rows.getString(1),
              rows.getString(2),
              rows.getString(3),
              rows.getString(4),
              rows.getObject(5, OffsetDateTime.class).toInstant(),
              rows.getObject(6, OffsetDateTime.class).toInstant()));
    }
    return messages;
  }

  /**
   * Claims those of these rows that are still waiting: a row already deleted was sent, and a locked
   * one is being sent (or, should that sender fail, the look in the table sends it later).
   */
  static Set<String> stillWaiting(Connection c, Collection<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return Set.of();
    }
    try (PreparedStatement select =
        c.prepareStatement(
            "SELECT id FROM outbox WHERE id IN ("
                + placeholders(ids)
                + ") FOR UPDATE SKIP LOCKED")) {
      bind(select, ids);
      Set<String> claimed = new HashSet<>();
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          claimed.add(rows.getString(1));
        }
      }
      return claimed;
    }
  }

  /** Deletes claimed rows, once the broker has their messages. */
  static void delete(Connection c, Collection<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    try (PreparedStatement delete =
        c.prepareStatement("DELETE FROM outbox WHERE id IN (" + placeholders(ids) + ")")) {
      bind(delete, ids);
      delete.executeUpdate();
    }
  }

  private static String placeholders(Collection<String> ids) {
    return ids.stream().map(id -> "?").collect(Collectors.joining(", "));
  }

  private static void bind(PreparedStatement statement, Collection<String> ids)
      throws SQLException {
    int i = 1;
    for (String id : ids) {
      statement.setString(i++, id);
    }
  }
}
