package org.briefing.platform.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.briefing.platform.entity.OutboxMessage;

/**
 * The one place that puts a message on a pipeline queue: persistent JSON text, with the ids an
 * operator needs as message properties. It writes the message to the outbox in the caller's
 * database transaction (and requires one), so the message exists exactly when the work it announces
 * is committed; the {@link OutboxRelay} hands it to the broker after the commit. No transaction
 * spans the database and the broker, so a crash never leaves one prepared.
 */
@ApplicationScoped
public class QueueSender {

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<OutboxRelay.Written> written;

  @Transactional(Transactional.TxType.MANDATORY)
  public void send(String queue, String json, Map<String, String> properties) {
    em.persist(
        new OutboxMessage(
            UUID.randomUUID().toString(),
            queue,
            json,
            JsonMapper.write(properties),
            Instant.now(clock)));
    written.fire(new OutboxRelay.Written(queue));
  }
}
