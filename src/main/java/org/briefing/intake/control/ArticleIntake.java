package org.briefing.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.briefing.intake.entity.ArticleSubmission;
import org.briefing.pipeline.control.BrokerAvailability;
import org.briefing.web.control.InvalidInputException;
import org.briefing.web.control.IsoInstants;
import org.briefing.web.control.UnavailableException;

/**
 * Accepts an article once: a repeat (same URL, or same normalised title and body) answers with the
 * first one's id and queues nothing. The {@link IntakeWriter} stores and queues it, with the posts
 * that arrive at the same time. While the broker is away it accepts nothing: the client is told at
 * once to come back later (503), rather than its article waiting in the outbox for a broker that
 * may be gone for long.
 */
@ApplicationScoped
public class ArticleIntake {

  @Inject BrokerAvailability broker;
  @Inject IntakeWriter writer;

  public Receipt accept(ArticleSubmission submission) {
    NewArticle article = prepare(submission);
    requireBroker("article");
    return writer.write(article);
  }

  /**
   * Accepts articles posted together: stored and queued in one batch, each recognised as a repeat
   * on its own. Returns a receipt per article, in order.
   */
  public List<Receipt> acceptAll(List<ArticleSubmission> submissions) {
    List<NewArticle> articles = new ArrayList<>();
    for (int i = 0; i < submissions.size(); i++) {
      try {
        articles.add(prepare(submissions.get(i)));
      } catch (InvalidInputException e) {
        throw new InvalidInputException("articles[" + i + "]." + e.field(), e.getMessage());
      }
    }
    requireBroker("articles");
    return writer.writeTogether(articles);
  }

  private void requireBroker(String posted) {
    if (!broker.available()) {
      throw new UnavailableException(
          "The message broker is not reachable; nothing was stored. Post the "
              + posted
              + " again later.",
          IntakeWriter.RETRY_AFTER);
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

  /**
   * A date alone means the start of that day in UTC; a date and time carries its offset ({@code
   * 2025-02-25}, {@code 2025-02-25T09:30Z}, {@code 2025-02-25T09:30:00.5+02:00}). Values that do
   * not exist (a 30 February, an offset past 18 hours) are refused.
   */
  static Instant publishedAt(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return IsoInstants.parse(value);
    } catch (DateTimeException e) {
      throw new InvalidInputException("publishedAt", "is not a real date or time: " + value);
    }
  }
}
