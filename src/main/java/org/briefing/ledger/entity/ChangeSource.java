package org.briefing.ledger.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** An article that reported a change. */
@Entity
@Table(name = "change_source")
@IdClass(ChangeSource.Key.class)
public class ChangeSource {

  @Id
  @Column(name = "change_id")
  private String changeId;

  @Id
  @Column(name = "article_id")
  private String articleId;

  @Column(nullable = false)
  private String title;

  private String url;
  private String source;

  @Column(name = "published_at")
  private Instant publishedAt;

  protected ChangeSource() {}

  public ChangeSource(
      String changeId,
      String articleId,
      String title,
      String url,
      String source,
      Instant publishedAt) {
    this.changeId = changeId;
    this.articleId = articleId;
    this.title = title;
    this.url = url;
    this.source = source;
    this.publishedAt = publishedAt;
  }

  public String articleId() {
    return articleId;
  }

  public String title() {
    return title;
  }

  public String url() {
    return url;
  }

  public String source() {
    return source;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private String changeId;
    private String articleId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && k.changeId.equals(changeId) && k.articleId.equals(articleId);
    }

    @Override
    public int hashCode() {
      return Objects.hash(changeId, articleId);
    }
  }
}
