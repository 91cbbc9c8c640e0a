package org.briefing.intake.control;

import java.time.Instant;
import java.util.List;
import org.briefing.articles.entity.Article;
import org.briefing.articles.entity.ArticleStatus;

/** An article as a list shows it: read without its body or classification. */
public record ArticleListing(
    String id,
    String title,
    String url,
    String source,
    Instant publishedAt,
    Instant receivedAt,
    ArticleStatus status,
    Boolean relevant,
    Double score,
    String topics,
    String actors) {

  public List<String> topicList() {
    return Article.untag(topics);
  }

  public List<String> actorList() {
    return Article.untag(actors);
  }

  public ArticleCursor cursor() {
    return new ArticleCursor(receivedAt, id);
  }
}
