package org.briefing.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An event the ledger saw: the timeline of an actor or a pair is made of these. */
@Entity
@Table(name = "ledger_event")
public class LedgerEvent {

  @Id private String id;

  @Column(name = "article_id", nullable = false)
  private String articleId;

  @Column(name = "happened_at", nullable = false)
  private Instant happenedAt;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String target;

  @Column(nullable = false)
  private String topic;

  @Column(nullable = false)
  private String type;

  private boolean background;

  @Column(nullable = false)
  private String evidence;

  @Column(name = "change_id")
  private String changeId;

  protected LedgerEvent() {}

  public LedgerEvent(
      String id,
      String articleId,
      Instant happenedAt,
      String actor,
      String target,
      String topic,
      String type,
      boolean background,
      String evidence,
      String changeId) {
    this.id = id;
    this.articleId = articleId;
    this.happenedAt = happenedAt;
    this.actor = actor;
    this.target = target;
    this.topic = topic;
    this.type = type;
    this.background = background;
    this.evidence = evidence;
    this.changeId = changeId;
  }

  public String id() {
    return id;
  }

  public String articleId() {
    return articleId;
  }

  public Instant happenedAt() {
    return happenedAt;
  }

  public String actor() {
    return actor;
  }

  public String target() {
    return target;
  }

  public String topic() {
    return topic;
  }

  public String type() {
    return type;
  }

  public boolean background() {
    return background;
  }

  public String evidence() {
    return evidence;
  }

  public String changeId() {
    return changeId;
  }
}
