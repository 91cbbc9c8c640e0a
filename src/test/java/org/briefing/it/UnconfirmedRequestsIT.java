package org.briefing.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.spi.CDI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.briefing.it.support.Deployments;
import org.briefing.subscriptions.control.Subscriptions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Subscription requests never confirmed are forgotten a week after their link expired, inside the
 * server against its database; a request whose link expired yesterday, and confirmed readers, stay.
 */
@ExtendWith(ArquillianExtension.class)
class UnconfirmedRequestsIT {

  @Deployment
  static WebArchive application() {
    return Deployments.application().addClass(UnconfirmedRequestsIT.class);
  }

  @Test
  void requestsNeverConfirmedAreForgottenAWeekAfterTheirLinkExpired() throws Exception {
    Instant now = Instant.now();
    String marker = UUID.randomUUID().toString().substring(0, 8);
    DataSource ds = (DataSource) new InitialContext().lookup("jdbc/briefing");
    String longExpired =
        insert(ds, "old-" + marker, "PENDING", now.minus(Duration.ofDays(8)), null);
    String expiredYesterday =
        insert(ds, "yesterday-" + marker, "PENDING", now.minus(Duration.ofDays(1)), null);
    String confirmed =
        insert(
            ds,
            "reader-" + marker,
            "CONFIRMED",
            now.minus(Duration.ofDays(30)),
            now.minus(Duration.ofDays(31)));

    int forgotten = CDI.current().select(Subscriptions.class).get().forgetUnconfirmed(now);

    assertTrue(forgotten >= 1, "forgotten: " + forgotten);
    assertEquals(
        List.of(expiredYesterday, confirmed),
        present(ds, longExpired, expiredYesterday, confirmed));
  }

  private static String insert(
      DataSource ds, String name, String status, Instant expires, Instant confirmedAt)
      throws Exception {
    String id = UUID.randomUUID().toString();
    String email = name + "@example.org";
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO subscription (id, email, topics, actors, frequency, timezone,"
                    + " delivery_hour, status, confirm_expires_at, created_at, confirmed_at,"
                    + " version, email_key) VALUES (?, ?, '|graphite|', '', 'DAILY', 'UTC', 7, ?,"
                    + " ?, ?, ?, 0, LOWER(?))")) {
      ps.setString(1, id);
      ps.setString(2, email);
      ps.setString(3, status);
      ps.setTimestamp(4, Timestamp.from(expires));
      ps.setTimestamp(5, Timestamp.from(expires.minus(Duration.ofHours(48))));
      ps.setTimestamp(6, confirmedAt == null ? null : Timestamp.from(confirmedAt));
      ps.setString(7, email);
      ps.executeUpdate();
    }
    return id;
  }

  private static List<String> present(DataSource ds, String... ids) throws Exception {
    List<String> present = new ArrayList<>();
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT id FROM subscription WHERE id = ?")) {
      for (String id : ids) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            present.add(id);
          }
        }
      }
    }
    return present;
  }
}
