package org.briefing.pipeline.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Leases in the database, for work that must run on one node at a time however many run the service
 * (the digest round): a node holds a lease by name until a moment, renews it while it holds it, and
 * another node takes it only after that moment. Plain JDBC, one statement per try, outside any
 * transaction, as a refusal is no fault.
 */
@ApplicationScoped
public class Leases {

  private static final Logger LOG = Logger.getLogger(Leases.class.getName());

  /** Takes the lease when it is free, expired, or already this node's. */
  private static final String TAKE =
      "UPDATE lease SET holder = ?, held_until = ?"
          + " WHERE lease_name = ? AND (held_until <= ? OR holder = ?)";

  /** Ends the lease now, if this node holds it. */
  private static final String RELEASE =
      "UPDATE lease SET held_until = ? WHERE lease_name = ? AND holder = ?";

  private static final String CREATE =
      "INSERT INTO lease (lease_name, holder, held_until) VALUES (?, ?, ?)";

  @Resource(lookup = "jdbc/briefing")
  DataSource dataSource;

  @Inject Clock clock;

  /** This node, as long as it runs: a restarted node waits for its old lease to expire. */
  private final String node = UUID.randomUUID().toString();

  protected Leases() {}

  /** For tests outside the server. */
  Leases(DataSource dataSource, Clock clock) {
    this.dataSource = dataSource;
    this.clock = clock;
  }

  /** Holds the named lease for {@code length} from now, if no other node holds it; else false. */
  public boolean tryHold(String name, Duration length) {
    Instant now = Instant.now(clock);
    OffsetDateTime until = now.plus(length).atOffset(ZoneOffset.UTC);
    try (Connection c = dataSource.getConnection()) {
      if (take(c, name, now, until)) {
        return true;
      }
      try (PreparedStatement create = c.prepareStatement(CREATE)) {
        create.setString(1, name);
        create.setString(2, node);
        create.setObject(3, until);
        create.executeUpdate();
        return true;
      } catch (SQLException e) {
        if (e.getSQLState() == null || !e.getSQLState().startsWith("23")) {
          throw e;
        }
        return false; // another node holds it, or created it a moment ago
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not ask for the lease " + name, e);
    }
  }

  /**
   * Gives the named lease up if this node holds it (a node that stops), so that the next node to
   * ask need not wait for it to expire. A database that is away leaves it to expire, as it would.
   */
  public void release(String name) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement release = c.prepareStatement(RELEASE)) {
      release.setObject(1, Instant.now(clock).atOffset(ZoneOffset.UTC));
      release.setString(2, name);
      release.setString(3, node);
      release.executeUpdate();
    } catch (SQLException | RuntimeException e) {
      LOG.log(Level.INFO, "The lease " + name + " is left to expire", e);
    }
  }

  private boolean take(Connection c, String name, Instant now, OffsetDateTime until)
      throws SQLException {
    try (PreparedStatement take = c.prepareStatement(TAKE)) {
      take.setString(1, node);
      take.setObject(2, until);
      take.setString(3, name);
      take.setObject(4, now.atOffset(ZoneOffset.UTC));
      take.setString(5, node);
      return take.executeUpdate() == 1;
    }
  }
}
