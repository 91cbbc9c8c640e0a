package org.briefing.intake.boundary;

import java.time.Instant;
import org.briefing.articles.entity.Article;
import org.briefing.classification.entity.Classification;
import org.briefing.classification.entity.ClassificationJson;

/** An article as {@code GET /api/articles/{id}} shows it. */
public record ArticleView(
    String id,
    String title,
    String body,
    String url,
    String source,
    String language,
    Instant publishedAt,
    Instant receivedAt,
    String status,
    Instant classifiedAt,
    Classification classification,
    String failureReason) {

  static ArticleView of(Article a) {
    Classification classification =
        a.classificationJson() == null ? null : ClassificationJson.read(a.classificationJson());
    return new ArticleView(
        a.id(),
        a.title(),
        a.body(),
        a.url(),
        a.source(),
        a.language(),
        a.publishedAt(),
        a.receivedAt(),
        a.status().label(),
        a.classifiedAt(),
        classification,
        a.failureReason());
  }
}
