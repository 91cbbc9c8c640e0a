package org.briefing.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.briefing.intake.boundary.ArticleSubmission;
import org.briefing.operations.control.BrokerAvailability;
import org.briefing.platform.control.InvalidInputException;
import org.briefing.platform.control.OutboxRelay;
import org.briefing.platform.control.UnavailableException;

/**
 * Accepts an article once: a repeat (same URL, or same normalised title and body) answers with the
 * first one's id and queues nothing. While the broker is away it accepts nothing: the client is
 * told at once to come back later (503), rather than its article waiting in the outbox for a broker
 * that may be gone for long.
 */
@ApplicationScoped
public class ArticleIntake {

  /** What a client is told to wait before posting again while the broker is away. */
  static final Duration RETRY_AFTER = Duration.ofSeconds(10);

  /** How long a post waits for the broker to take its article before it is answered 503. */
  static final Duration SEND_LIMIT = Duration.ofSeconds(3);

  @Inject ArticleStore store;
  @Inject BrokerAvailability broker;
  @Inject OutboxRelay relay;

  public Receipt accept(ArticleSubmission submission) {
    NewArticle article = prepare(submission);
    if (!broker.available()) {
      throw new UnavailableException(
          "The message broker is not reachable; nothing was stored. Post the article again"
              + " later.",
          RETRY_AFTER);
    }
    ArticleStore.Stored stored;
    try {
      stored = store.store(article);
    } catch (RuntimeException e) {
      // Two equal posts at the same moment: one insert wins, the other meets the unique key.
      return store
          .findSame(article.urlKey(), article.contentHash())
          .map(first -> new Receipt(first.id(), first.status().label(), true))
          .orElseThrow(() -> e);
    }
    if (stored.message() != null) {
      // The client hears 202 only once the article is on the broker's persistent queue.
      try {
        relay.sendNow(stored.message(), SEND_LIMIT);
      } catch (RuntimeException e) {
        if (!withdraw(stored)) {
          return stored.receipt(); // the message went after all
        }
        throw new UnavailableException(
            "The message broker did not take the article; nothing was stored. Post it again"
                + " later.",
            RETRY_AFTER);
      }
    }
    return stored.receipt();
  }

  /** True if the article is taken back; a database that fails here too leaves it to the relay. */
  private boolean withdraw(ArticleStore.Stored stored) {
    try {
      return store.withdraw(stored);
    } catch (RuntimeException e) {
      throw new UnavailableException(
          "The message broker did not take the article. It is stored as "
              + stored.receipt().id()
              + " and will be queued when the broker is back; posting it again is safe (it is"
              + " recognised).",
          RETRY_AFTER);
    }
  }

  static NewArticle prepare(ArticleSubmission s) {
    String title = s.title().strip();
    String body = s.body().strip();
    String url = s.url() == null || s.url().isBlank() ? null : s.url().strip();
    return new NewArticle(
        title,
        body,
        url,
        ArticleFingerprint.urlKey(url),
        ArticleFingerprint.contentHash(title, body),
        s.source() == null || s.source().isBlank() ? null : s.source().strip(),
        s.language(),
        publishedAt(s.publishedAt()));
  }

  /** A date alone means the start of that day in UTC. The format is already validated. */
  static Instant publishedAt(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      if (value.length() == 10) {
        return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeException e) {
      throw new InvalidInputException("publishedAt", "is not a real date or time: " + value);
    }
  }
}
