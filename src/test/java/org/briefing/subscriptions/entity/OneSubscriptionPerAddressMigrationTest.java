package org.briefing.subscriptions.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.briefing.schema.control.H2Schema;
import org.junit.jupiter.api.Test;

/**
 * V6 turns duplicate subscriptions of one address into one, keeping the one its reader relies on
 * (confirmed before pending before ended, then the newest), and keeps it one from then on.
 */
class OneSubscriptionPerAddressMigrationTest {

  private static final String URL = "jdbc:h2:mem:v6;DB_CLOSE_DELAY=-1";

  @Test
  void duplicatesBecomeOneSubscriptionPerAddress() throws SQLException {
    migrate("4"); // V5 is PostgreSQL's own
    try (Connection c = DriverManager.getConnection(URL);
        Statement st = c.createStatement()) {
      insert(st, "a-old", "Reader@Example.org", "CONFIRMED", "2026-01-01");
      insert(st, "a-new", "reader@example.org", "PENDING", "2026-02-01");
      insert(st, "b-ended", "other@example.org", "UNSUBSCRIBED", "2026-03-01");
      insert(st, "b-pending", "other@example.org", "PENDING", "2026-01-01");
      insert(st, "c-one", "alone@example.org", "CONFIRMED", "2026-01-01");
      insert(st, "d-old", "twice@example.org", "CONFIRMED", "2026-01-01");
      insert(st, "d-new", "twice@example.org", "CONFIRMED", "2026-02-01");
    }
    migrate("6");
    try (Connection c = DriverManager.getConnection(URL);
        Statement st = c.createStatement()) {
      List<String> kept = new ArrayList<>();
      try (var rows = st.executeQuery("SELECT id FROM subscription ORDER BY id")) {
        while (rows.next()) {
          kept.add(rows.getString(1));
        }
      }
      assertThat(kept).containsExactly("a-old", "b-pending", "c-one", "d-new");
      assertThatThrownBy(() -> insert(st, "e", "ALONE@example.org", "PENDING", "2026-04-01"))
          .isInstanceOf(SQLException.class);
    }
  }

  private static void migrate(String target) {
    H2Schema.migrate(URL, target);
  }

  private static void insert(Statement st, String id, String email, String status, String day)
      throws SQLException {
    boolean keyed = columnExists(st);
    st.executeUpdate(
        "INSERT INTO subscription (id, email, topics, actors, frequency, timezone, delivery_hour,"
            + " status, manage_token, manage_token_hash, created_at, version"
            + (keyed ? ", email_key" : "")
            + ") VALUES ('"
            + id
            + "', '"
            + email
            + "', '', '', 'DAILY', 'UTC', 7, '"
            + status
            + "', '"
            + id
            + "', '"
            + id
            + "', TIMESTAMP WITH TIME ZONE '"
            + day
            + " 00:00:00+00', 0"
            + (keyed ? ", LOWER('" + email + "')" : "")
            + ")");
  }

  private static boolean columnExists(Statement st) throws SQLException {
    try (var rows =
        st.executeQuery(
            "SELECT COUNT(*) FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'SUBSCRIPTION'"
                + " AND COLUMN_NAME = 'EMAIL_KEY'")) {
      rows.next();
      return rows.getInt(1) > 0;
    }
  }
}
