package org.briefing.digest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A change announced to a subscriber: it is never announced to them again. */
@Entity
@Table(name = "digest_change")
@IdClass(DigestChange.Key.class)
public class DigestChange {

  @Id
  @Column(name = "subscription_id")
  private String subscriptionId;

  @Id
  @Column(name = "change_id")
  private String changeId;

  @Column(name = "mail_id", nullable = false)
  private String mailId;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected DigestChange() {}

  public DigestChange(String subscriptionId, String changeId, String mailId, Instant sentAt) {
    this.subscriptionId = subscriptionId;
    this.changeId = changeId;
    this.mailId = mailId;
    this.sentAt = sentAt;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private String subscriptionId;
    private String changeId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.subscriptionId.equals(subscriptionId)
          && k.changeId.equals(changeId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(subscriptionId, changeId);
    }
  }
}
