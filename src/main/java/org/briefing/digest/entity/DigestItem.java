package org.briefing.digest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** An article that went to a subscriber in a digest: it never goes to them again. */
@Entity
@Table(name = "digest_item")
@IdClass(DigestItem.Key.class)
public class DigestItem {

  @Id
  @Column(name = "subscription_id")
  private String subscriptionId;

  @Id
  @Column(name = "article_id")
  private String articleId;

  @Column(name = "mail_id", nullable = false)
  private String mailId;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected DigestItem() {}

  public DigestItem(String subscriptionId, String articleId, String mailId, Instant sentAt) {
    this.subscriptionId = subscriptionId;
    this.articleId = articleId;
    this.mailId = mailId;
    this.sentAt = sentAt;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private String subscriptionId;
    private String articleId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && k.subscriptionId.equals(subscriptionId)
          && k.articleId.equals(articleId);
    }

    @Override
    public int hashCode() {
      return subscriptionId.hashCode() * 31 + articleId.hashCode();
    }
  }
}
