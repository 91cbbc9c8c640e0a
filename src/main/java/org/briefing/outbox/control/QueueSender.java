package org.briefing.outbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.briefing.outbox.entity.OutboxMessage;
import org.briefing.pipeline.control.JsonMapper;

/**
 * The one place that puts a message on a pipeline queue: persistent JSON text, with the ids an
 * operator needs as message properties. It writes the message to the outbox in the caller's
 * database transaction (and requires one), so the message exists exactly when the work it announces
 * is committed; after the commit it is handed to the {@link OutboxRelay}, which sends it to the
 * broker. No transaction spans the database and the broker, so a crash never leaves one prepared.
 */
@ApplicationScoped
public class QueueSender {

  /** A message to send: its JSON text and its properties. */
  public record Outgoing(String json, Map<String, String> properties) {}

  @PersistenceContext EntityManager em;
  @Inject Clock clock;
  @Inject Event<OutboxRelay.Written> written;

  /**
   * How long the relay leaves a message to the writer that sends it itself after its commit; past
   * that (and the relay's {@link OutboxRelay#HANDOVER_GRACE}) the writer failed or crashed, and the
   * relay sends it.
   */
  static final Duration WRITER_SENDS = Duration.ofSeconds(10);

  @Transactional(Transactional.TxType.MANDATORY)
  public void send(String queue, String json, Map<String, String> properties) {
    sendAll(queue, List.of(new Outgoing(json, properties)));
  }

  /** Many messages at once (a batch of a digest round): the relay is woken once for them all. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void sendAll(String queue, List<Outgoing> messages) {
    if (messages.isEmpty()) {
      return;
    }
    Instant now = Instant.now(clock);
    List<OutboxMessage> outbox =
        messages.stream().map(message -> outboxMessage(queue, message, now, now)).toList();
    outbox.forEach(em::persist);
    written.fire(new OutboxRelay.Written(outbox));
  }

  /**
   * Writes a message that the caller sends itself right after its commit, with {@link
   * OutboxRelay#sendNow}, because it must know that the broker has it before it answers (intake
   * answers 202 only then). The relay takes it over after {@link #WRITER_SENDS} and its grace.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public OutboxMessage sendAfterCommit(String queue, String json, Map<String, String> properties) {
    Instant now = Instant.now(clock);
    OutboxMessage message =
        outboxMessage(queue, new Outgoing(json, properties), now, now.plus(WRITER_SENDS));
    em.persist(message);
    return message;
  }

  private static OutboxMessage outboxMessage(
      String queue, Outgoing message, Instant now, Instant sendAfter) {
    return new OutboxMessage(
        UUID.randomUUID().toString(),
        queue,
        message.json(),
        JsonMapper.write(message.properties()),
        now,
        sendAfter);
  }
}
