package org.briefing.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The mark that the ledger has read an article: reading it again changes nothing. */
@Entity
@Table(name = "ledger_article")
public class LedgerArticle {

  @Id
  @Column(name = "article_id")
  private String articleId;

  @Column(name = "processed_at", nullable = false)
  private Instant processedAt;

  protected LedgerArticle() {}

  public LedgerArticle(String articleId, Instant processedAt) {
    this.articleId = articleId;
    this.processedAt = processedAt;
  }
}
