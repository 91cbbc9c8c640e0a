package org.briefing.outbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import org.briefing.outbox.entity.OutboxMessage;

/** The outbox's rows, each look and each removal in its own short database transaction. */
@ApplicationScoped
public class OutboxStore {

  @PersistenceContext EntityManager em;

  /** The oldest messages due by {@code dueBy}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<OutboxMessage> oldest(int max, Instant dueBy) {
    return em.createNamedQuery(OutboxMessage.OLDEST_FIRST, OutboxMessage.class)
        .setParameter("now", dueBy)
        .setMaxResults(max)
        .getResultList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void remove(List<String> ids) {
    em.createNamedQuery(OutboxMessage.DELETE).setParameter("ids", ids).executeUpdate();
  }
}
