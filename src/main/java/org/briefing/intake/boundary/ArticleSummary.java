package org.briefing.intake.boundary;

import java.time.Instant;
import java.util.List;
import org.briefing.intake.control.ArticleListing;

/** An article in a list: enough to choose one, without its body. */
public record ArticleSummary(
    String id,
    String title,
    String url,
    String source,
    Instant publishedAt,
    Instant receivedAt,
    String status,
    Boolean relevant,
    Double score,
    List<String> topics,
    List<String> actors) {

  static ArticleSummary of(ArticleListing a) {
    return new ArticleSummary(
        a.id(),
        a.title(),
        a.url(),
        a.source(),
        a.publishedAt(),
        a.receivedAt(),
        a.status().label(),
        a.relevant(),
        a.score(),
        a.topicList(),
        a.actorList());
  }
}
