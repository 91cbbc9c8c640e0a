package org.briefing.articles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One topic or actor of a classified article, a row of its own so that a list filters by exact
 * match on an index (the tag columns of {@link Article} could only be searched with LIKE).
 */
@Entity
@Table(name = "article_tag")
@IdClass(ArticleTag.Key.class)
public class ArticleTag {

  public static final String TOPIC = "topic";
  public static final String ACTOR = "actor";

  @Id private String kind;
  @Id private String tag;

  @Id
  @Column(name = "article_id")
  private String articleId;

  protected ArticleTag() {}

  public ArticleTag(String kind, String tag, String articleId) {
    this.kind = kind;
    this.tag = tag;
    this.articleId = articleId;
  }

  /** The rows of an article's topics and actors, each once. */
  public static List<ArticleTag> of(String articleId, List<String> topics, List<String> actors) {
    List<ArticleTag> tags = new ArrayList<>();
    new LinkedHashSet<>(topics).forEach(t -> tags.add(new ArticleTag(TOPIC, t, articleId)));
    new LinkedHashSet<>(actors).forEach(a -> tags.add(new ArticleTag(ACTOR, a, articleId)));
    return tags;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private String kind;
    private String tag;
    private String articleId;

    public Key() {}

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && kind.equals(k.kind)
          && tag.equals(k.tag)
          && articleId.equals(k.articleId);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(kind, tag, articleId);
    }
  }
}
