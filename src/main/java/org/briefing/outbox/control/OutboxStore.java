package org.briefing.outbox.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.briefing.outbox.entity.OutboxMessage;

/**
 * The outbox's rows. A send claims its rows, sends them and deletes them in one short database
 * transaction (see {@link OutboxClaims}); the broker's own transaction commits inside it, before
 * the delete, so a crash in between leaves the rows to be sent again, never lost.
 */
@ApplicationScoped
public class OutboxStore {

  @PersistenceContext EntityManager em;

  @Resource(lookup = "jdbc/briefing")
  DataSource dataSource;

  /**
   * Claims up to {@code max} of the oldest messages due by {@code dueBy} that no other sender
   * holds, has {@code send} send them, and deletes them. Returns how many it claimed.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int sendOldest(int max, Instant dueBy, Consumer<List<OutboxMessage>> send) {
    try (Connection c = dataSource.getConnection()) {
      List<OutboxMessage> claimed = OutboxClaims.oldest(c, max, dueBy);
      if (!claimed.isEmpty()) {
        send.accept(claimed);
        OutboxClaims.delete(c, claimed.stream().map(OutboxMessage::id).toList());
      }
      return claimed.size();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not claim outbox messages", e);
    }
  }

  /**
   * Sends those of these messages (handed over after their commit) whose rows are still waiting and
   * held by no other sender, and deletes them; the others were or are being sent elsewhere.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void sendStillWaiting(List<OutboxMessage> messages, Consumer<List<OutboxMessage>> send) {
    try (Connection c = dataSource.getConnection()) {
      Set<String> claimed =
          OutboxClaims.stillWaiting(c, messages.stream().map(OutboxMessage::id).toList());
      if (!claimed.isEmpty()) {
        send.accept(messages.stream().filter(m -> claimed.contains(m.id())).toList());
        OutboxClaims.delete(c, claimed);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not claim outbox messages", e);
    }
  }

  /** The oldest messages due by {@code dueBy}, without claiming them (for tests and operators). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<OutboxMessage> oldest(int max, Instant dueBy) {
    return em.createNamedQuery(OutboxMessage.OLDEST_FIRST, OutboxMessage.class)
        .setParameter("now", dueBy)
        .setMaxResults(max)
        .getResultList();
  }

  /** Removes the rows of messages their writer sent itself ({@link OutboxRelay#sendNow}). */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void remove(List<String> ids) {
    em.createNamedQuery(OutboxMessage.DELETE).setParameter("ids", ids).executeUpdate();
  }
}
