package org.briefing.ledger.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.time.Instant;
import java.util.List;
import org.briefing.ledger.entity.Change;

/** A change as {@code GET /api/changes} shows it. */
public record ChangeView(
    String id,
    Instant at,
    String actor,
    String target,
    String topic,
    @JsonbProperty(nillable = true) String from,
    String to,
    String kind,
    String articleId,
    String summary,
    String evidence,
    Instant detectedAt,
    List<SourceView> sources) {

  /** An article that reported the change. */
  public record SourceView(
      String articleId, String title, String url, String source, Instant publishedAt) {}

  static ChangeView of(Change c) {
    return new ChangeView(
        c.id(),
        c.happenedAt(),
        c.actor(),
        c.target(),
        c.topic(),
        c.fromType(),
        c.toType(),
        c.kind(),
        c.articleId(),
        c.summary(),
        c.evidence(),
        c.detectedAt(),
        c.sources().stream()
            .map(
                s -> new SourceView(s.articleId(), s.title(), s.url(), s.source(), s.publishedAt()))
            .toList());
  }
}
