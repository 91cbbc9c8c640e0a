package org.briefing.feeds.boundary;

import java.time.Instant;
import org.briefing.feeds.entity.Feed;

/**
 * A feed and its record as the operator endpoints show it. The counts add up over every fetch: an
 * entry that several documents list is seen each time, and accepted once (the first time).
 */
public record FeedView(
    String id,
    String url,
    String name,
    int pollMinutes,
    Instant createdAt,
    Instant nextFetchAt,
    Instant lastFetchAt,
    String lastOutcome,
    Integer lastHttpStatus,
    String lastError,
    long fetches,
    long failures,
    int consecutiveFailures,
    long entriesSeen,
    long entriesAccepted,
    long entriesRefused) {

  static FeedView of(Feed f) {
    return new FeedView(
        f.id(),
        f.url(),
        f.name(),
        f.pollMinutes(),
        f.createdAt(),
        f.nextFetchAt(),
        f.lastFetchAt(),
        f.lastOutcome() == null ? null : f.lastOutcome().label(),
        f.lastHttpStatus(),
        f.lastError(),
        f.fetches(),
        f.failures(),
        f.consecutiveFailures(),
        f.entriesSeen(),
        f.entriesAccepted(),
        f.entriesRefused());
  }
}
