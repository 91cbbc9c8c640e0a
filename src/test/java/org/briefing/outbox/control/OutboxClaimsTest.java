package org.briefing.outbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.briefing.outbox.entity.OutboxMessage;
import org.briefing.schema.control.H2Schema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * Two senders on one outbox, each in its own transaction: a row one has claimed is skipped by the
 * other until the first commits (its delete) or rolls back (the row waits again). On H2, whose
 * claim of the oldest differs from PostgreSQL's (OutboxRelayIT runs both).
 */
class OutboxClaimsTest {

  private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

  @Test
  void aClaimedRowIsSkippedByTheOtherSenderUntilItIsDeleted() throws Exception {
    JdbcDataSource ds = H2Schema.migrated("outbox-claims");
    insert(ds, "r1", NOW.minusSeconds(40));
    insert(ds, "r2", NOW.minusSeconds(30));
    insert(ds, "r3", NOW.minusSeconds(20));
    insert(ds, "later", NOW.plus(Duration.ofMinutes(1)));

    try (Connection one = transaction(ds);
        Connection other = transaction(ds)) {
      assertThat(ids(OutboxClaims.oldest(one, 2, NOW))).containsExactly("r1", "r2");

      assertThat(ids(OutboxClaims.oldest(other, 10, NOW))).as("the next").containsExactly("r3");
      assertThat(OutboxClaims.stillWaiting(other, List.of("r1", "r2", "gone")))
          .as("held by the first, or never there")
          .isEmpty();

      OutboxClaims.delete(one, List.of("r1", "r2"));
      one.commit();
      other.rollback();

      assertThat(ids(OutboxClaims.oldest(other, 10, NOW)))
          .as("due, not yet sent")
          .containsExactly("r3");
      assertThat(OutboxClaims.stillWaiting(other, List.of("r1", "r3", "later")))
          .containsExactlyInAnyOrder("r3", "later");
      other.rollback();
    }
  }

  @Test
  void aRowWhoseSenderRolledBackIsClaimedAgain() throws Exception {
    JdbcDataSource ds = H2Schema.migrated("outbox-claims-rollback");
    insert(ds, "r1", NOW.minusSeconds(10));

    try (Connection failed = transaction(ds);
        Connection next = transaction(ds)) {
      List<OutboxMessage> claimed = OutboxClaims.oldest(failed, 10, NOW);
      assertThat(ids(claimed)).containsExactly("r1");
      assertThat(claimed.get(0).queue()).isEqualTo("briefing.test");
      assertThat(claimed.get(0).createdAt()).isEqualTo(NOW.minusSeconds(10));
      failed.rollback(); // the broker refused it

      assertThat(ids(OutboxClaims.oldest(next, 10, NOW))).containsExactly("r1");
      next.rollback();
    }
  }

  private static Connection transaction(JdbcDataSource ds) throws Exception {
    Connection c = ds.getConnection();
    c.setAutoCommit(false);
    return c;
  }

  private static List<String> ids(List<OutboxMessage> messages) {
    return messages.stream().map(OutboxMessage::id).toList();
  }

  private static void insert(JdbcDataSource ds, String id, Instant sendAfter) throws Exception {
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO outbox (id, queue, body, properties, created_at, send_after)"
                    + " VALUES (?, 'briefing.test', '{}', '{}', ?, ?)")) {
      ps.setString(1, id);
      ps.setObject(2, sendAfter.atOffset(ZoneOffset.UTC));
      ps.setObject(3, sendAfter.atOffset(ZoneOffset.UTC));
      ps.executeUpdate();
    }
  }
}
