package org.briefing.articles.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.briefing.schema.control.H2Schema;
import org.junit.jupiter.api.Test;

/** V9 splits the tags of the articles classified so far into rows of article_tag. */
class ArticleTagsMigrationTest {

  private static final String URL = "jdbc:h2:mem:v9;DB_CLOSE_DELAY=-1";

  @Test
  void everyStoredTagBecomesARow() throws SQLException {
    migrate("8");
    try (Connection c = DriverManager.getConnection(URL);
        Statement st = c.createStatement()) {
      insert(st, "a1", "'|rare-earths|lithium|'", "'|RU|US|'");
      insert(st, "a2", "''", "'|CN|'");
      insert(st, "a3", "NULL", "NULL");
    }
    migrate("9");
    try (Connection c = DriverManager.getConnection(URL);
        Statement st = c.createStatement()) {
      List<String> rows = new ArrayList<>();
      try (var rs =
          st.executeQuery("SELECT article_id, kind, tag FROM article_tag ORDER BY 1, 2, 3")) {
        while (rs.next()) {
          rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3));
        }
      }
      assertThat(rows)
          .containsExactly(
              "a1 actor RU",
              "a1 actor US",
              "a1 topic lithium",
              "a1 topic rare-earths",
              "a2 actor CN");
    }
  }

  private static void migrate(String target) {
    H2Schema.migrate(URL, target);
  }

  private static void insert(Statement st, String id, String topics, String actors)
      throws SQLException {
    st.executeUpdate(
        "INSERT INTO article (id, title, body, content_hash, received_at, status, topics, actors,"
            + " version) VALUES ('"
            + id
            + "', 't', 'b', '"
            + id
            + "', CURRENT_TIMESTAMP, 'CLASSIFIED', "
            + topics
            + ", "
            + actors
            + ", 0)");
  }
}
