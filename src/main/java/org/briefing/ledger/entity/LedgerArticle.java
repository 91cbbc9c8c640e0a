package org.briefing.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** The mark that the ledger has read an article: reading it again changes nothing. */
@Entity
@Table(name = "ledger_article")
@NamedQuery(
    name = LedgerArticle.READ_OF,
    query = "select l.articleId from LedgerArticle l where l.articleId in :ids")
public class LedgerArticle {

  /** Which of the given article ids the ledger has read. */
  public static final String READ_OF = "LedgerArticle.readOf";

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
