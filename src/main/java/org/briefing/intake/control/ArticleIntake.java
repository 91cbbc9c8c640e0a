package org.briefing.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.briefing.intake.boundary.ArticleSubmission;
import org.briefing.operations.control.BrokerAvailability;
import org.briefing.platform.control.InvalidInputException;
import org.briefing.platform.control.UnavailableException;

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
   * A date alone means the start of that day in UTC. The format is already validated ({@code
   * 2025-02-25}, or with {@code T09:30}, optional seconds and fraction, and {@code Z} or an
   * offset): read by position, because {@code OffsetDateTime.parse} was a tenth of a post's own
   * work. Values that do not exist (a 30 February, an offset past 18 hours) are refused as before.
   */
  static Instant publishedAt(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      separator(value, 4, '-');
      separator(value, 7, '-');
      int year = digits(value, 0, 4);
      int month = digits(value, 5, 7);
      int day = digits(value, 8, 10);
      if (value.length() == 10) {
        return LocalDate.of(year, month, day).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      separator(value, 10, 'T');
      separator(value, 13, ':');
      int hour = digits(value, 11, 13);
      int minute = digits(value, 14, 16);
      int second = 0;
      int nano = 0;
      int at = 16;
      if (value.charAt(at) == ':') {
        second = digits(value, 17, 19);
        at = 19;
        if (value.charAt(at) == '.') {
          int end = at + 1;
          while (end < value.length() && value.charAt(end) >= '0' && value.charAt(end) <= '9') {
            end++;
          }
          nano = digits(value, at + 1, end) * NANO_SCALE[end - at - 1];
          at = end;
        }
      }
      ZoneOffset offset;
      if (value.charAt(at) == 'Z' && at + 1 == value.length()) {
        offset = ZoneOffset.UTC;
      } else if (at + 6 == value.length() && value.charAt(at + 3) == ':') {
        int sign = value.charAt(at) == '-' ? -1 : value.charAt(at) == '+' ? 1 : 0;
        offset =
            ZoneOffset.ofHoursMinutes(
                sign * digits(value, at + 1, at + 3), sign * digits(value, at + 4, at + 6));
        if (sign == 0) {
          throw new DateTimeException("no sign before the offset");
        }
      } else {
        throw new DateTimeException("no offset at the end");
      }
      return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset).toInstant();
    } catch (DateTimeException | IndexOutOfBoundsException e) {
      throw new InvalidInputException("publishedAt", "is not a real date or time: " + value);
    }
  }

  /** What a fraction of 1 to 9 digits is multiplied by to give nanoseconds. */
  private static final int[] NANO_SCALE = {
    0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1
  };

  private static void separator(String value, int at, char expected) {
    if (value.charAt(at) != expected) {
      throw new DateTimeException("expected '" + expected + "' at " + at);
    }
  }

  /** The number written in ASCII digits from {@code start} to {@code end}. */
  private static int digits(String value, int start, int end) {
    if (end <= start || end - start > 9) {
      throw new DateTimeException("expected digits at " + start);
    }
    int number = 0;
    for (int i = start; i < end; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        throw new DateTimeException("expected a digit at " + i);
      }
      number = number * 10 + (c - '0');
    }
    return number;
  }
}
