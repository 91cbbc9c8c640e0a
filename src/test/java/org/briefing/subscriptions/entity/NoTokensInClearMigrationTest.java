package org.briefing.subscriptions.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.briefing.schema.control.H2Schema;
import org.junit.jupiter.api.Test;

/**
 * V7 drops the manage token kept in clear; the hash of a token already sent stays, so that its
 * links keep working, and a subscription made since needs none.
 */
class NoTokensInClearMigrationTest {

  private static final String URL = "jdbc:h2:mem:v7;DB_CLOSE_DELAY=-1";
  private static final String HASH = "5e".repeat(32);

  @Test
  void theClearTokenGoesAndItsHashStays() throws SQLException {
    migrate("6");
    try (Connection c = DriverManager.getConnection(URL);
        Statement st = c.createStatement()) {
      st.executeUpdate(
          "INSERT INTO subscription (id, email, email_key, topics, actors, frequency, timezone,"
              + " delivery_hour, status, manage_token, manage_token_hash, created_at, version)"
              + " VALUES ('old', 'a@example.org', 'a@example.org', '', '', 'DAILY', 'UTC', 7,"
              + " 'CONFIRMED', 'clear-token', '"
              + HASH
              + "', CURRENT_TIMESTAMP, 0)");
    }
    migrate("7");
    try (Connection c = DriverManager.getConnection(URL);
        Statement st = c.createStatement()) {
      try (ResultSet rows = st.executeQuery("SELECT * FROM subscription")) {
        rows.next();
        assertThat(rows.getString("manage_token_hash")).isEqualTo(HASH);
        var columns = rows.getMetaData();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
          assertThat(columns.getColumnName(i)).isNotEqualToIgnoringCase("manage_token");
        }
      }
      st.executeUpdate(
          "INSERT INTO subscription (id, email, email_key, topics, actors, frequency, timezone,"
              + " delivery_hour, status, created_at, version) VALUES ('new', 'b@example.org',"
              + " 'b@example.org', '', '', 'DAILY', 'UTC', 7, 'PENDING', CURRENT_TIMESTAMP, 0)");
    }
  }

  private static void migrate(String target) {
    H2Schema.migrate(URL, target);
  }
}
