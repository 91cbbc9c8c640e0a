package org.briefing.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.briefing.classification.entity.EventType;

/** The state between two actors on one topic. */
@Entity
@Table(name = "ledger_state")
@IdClass(PairTopic.class)
public class LedgerState {

  @Id
  @Column(name = "pair_key")
  private String pairKey;

  @Id private String topic;

  @Column(name = "last_type", nullable = false)
  private String lastType;

  private int stage;

  @Column(nullable = false)
  private String direction;

  @Column(name = "last_at", nullable = false)
  private Instant lastAt;

  @Column(name = "last_article_id", nullable = false)
  private String lastArticleId;

  @Column(name = "last_change_id")
  private String lastChangeId;

  @Version private long version;

  protected LedgerState() {}

  public LedgerState(String pairKey, String topic) {
    this.pairKey = pairKey;
    this.topic = topic;
  }

  public PairState rules() {
    return lastType == null
        ? PairState.NONE
        : new PairState(lastType, stage, EventType.Direction.valueOf(direction), lastAt);
  }

  public void update(PairState state, String articleId) {
    this.lastType = state.lastType();
    this.stage = state.stage();
    this.direction = state.direction().name();
    this.lastAt = state.lastAt();
    this.lastArticleId = articleId;
  }

  public String pairKey() {
    return pairKey;
  }

  public String topic() {
    return topic;
  }

  public String lastChangeId() {
    return lastChangeId;
  }

  public void changed(String changeId) {
    this.lastChangeId = changeId;
  }
}
