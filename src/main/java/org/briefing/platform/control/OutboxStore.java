package org.briefing.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.briefing.platform.entity.OutboxMessage;

/** The outbox's rows, each look and each removal in its own short database transaction. */
@ApplicationScoped
public class OutboxStore {

  @PersistenceContext EntityManager em;
  @jakarta.inject.Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<OutboxMessage> oldest(int max) {
    return em.createNamedQuery(OutboxMessage.OLDEST_FIRST, OutboxMessage.class)
        .setParameter("now", Instant.now(clock))
        .setMaxResults(max)
        .getResultList();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void remove(List<String> ids) {
    em.createNamedQuery(OutboxMessage.DELETE).setParameter("ids", ids).executeUpdate();
  }
}
