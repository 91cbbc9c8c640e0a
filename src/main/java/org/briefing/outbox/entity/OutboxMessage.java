package org.briefing.outbox.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A message for a pipeline queue, written in the transaction that stores the work it announces and
 * deleted once the broker has it.
 */
@Entity
@Table(name = "outbox")
@NamedQuery(
    name = OutboxMessage.OLDEST_FIRST,
    query = "SELECT m FROM OutboxMessage m WHERE m.sendAfter <= :now ORDER BY m.sendAfter, m.id")
@NamedQuery(name = OutboxMessage.DELETE, query = "DELETE FROM OutboxMessage m WHERE m.id IN :ids")
public class OutboxMessage {

  public static final String OLDEST_FIRST = "OutboxMessage.oldestFirst";
  public static final String DELETE = "OutboxMessage.delete";

  @Id private String id;

  @Column(nullable = false)
  private String queue;

  @Column(nullable = false)
  private String body;

  /** The JMS string properties, as a JSON object. */
  @Column(nullable = false)
  private String properties;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  /** From when the relay may send it (see {@code QueueSender#sendAfterCommit}). */
  @Column(name = "send_after", nullable = false)
  private Instant sendAfter;

  protected OutboxMessage() {}

  public OutboxMessage(
      String id,
      String queue,
      String body,
      String properties,
      Instant createdAt,
      Instant sendAfter) {
    this.id = id;
    this.queue = queue;
    this.body = body;
    this.properties = properties;
    this.createdAt = createdAt;
    this.sendAfter = sendAfter;
  }

  public String id() {
    return id;
  }

  public String queue() {
    return queue;
  }

  public String body() {
    return body;
  }

  public String properties() {
    return properties;
  }

  public Instant createdAt() {
    return createdAt;
  }
}
