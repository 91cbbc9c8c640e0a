package org.briefing.feeds.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.briefing.feeds.entity.Feed;
import org.briefing.feeds.entity.FetchOutcome;
import org.briefing.intake.control.ArticleIntake;
import org.briefing.intake.control.Receipt;
import org.briefing.intake.entity.ArticleSubmission;
import org.briefing.pipeline.control.PipelineMetrics;
import org.briefing.web.control.UnavailableException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Polls one feed: fetches it (conditional GET), reads its entries, hands them to the intake as
 * posts (checked by the same rules, recognised as repeats, queued on the same queue), and records
 * what happened and when the feed is next due. A failure anywhere is recorded with a back-off.
 */
@ApplicationScoped
public class FeedPoller {

  private static final Logger LOG = Logger.getLogger(FeedPoller.class.getName());

  /** Entries handed to the intake at once: its batch limit, as for a post of several. */
  static final int BATCH = 100;

  @Inject FeedStore store;
  @Inject ArticleIntake intake;
  @Inject Validator validator;
  @Inject Clock clock;
  @Inject PipelineMetrics metrics;

  /**
   * Whether feeds may be fetched from loopback and private addresses ({@code
   * FEEDS_ALLOW_PRIVATE_ADDRESSES}): off by default; the local run turns it on.
   */
  @Inject
  @ConfigProperty(name = "feeds.allow.private.addresses", defaultValue = "false")
  boolean privateAllowed;

  @Resource(lookup = "java:comp/DefaultManagedExecutorService")
  ManagedExecutorService executor;

  private FeedAddresses addresses;
  private FeedFetcher fetcher;

  @PostConstruct
  void start() {
    addresses = new FeedAddresses(privateAllowed);
    fetcher = new FeedFetcher(addresses, executor);
  }

  /** The address rules feeds are registered and fetched under. */
  public FeedAddresses addresses() {
    return addresses;
  }

  /** What the entries of one document came to. */
  private record Handed(int accepted, int refused, String firstRefusal) {}

  public void poll(Feed feed) {
    Fetch fetch = fetcher.fetch(URI.create(feed.url()), feed.etag(), feed.lastModified());
    Instant now = Instant.now(clock);
    if (fetch instanceof Fetch.NotModified) {
      store.recordNotModified(
          feed.id(),
          new FeedStore.FetchRecord(
              now,
              FetchOutcome.NOT_MODIFIED,
              304,
              null,
              0,
              0,
              0,
              PollSchedule.afterSuccess(now, feed.pollMinutes())));
      return;
    }
    if (fetch instanceof Fetch.Failed failed) {
      failed(feed, now, failed.httpStatus(), failed.reason(), failed.retryAfter());
      return;
    }
    Fetch.Document document = (Fetch.Document) fetch;
    FeedEntries.Reading reading;
    try {
      reading =
          FeedEntries.read(document.body(), document.contentType(), document.url(), feed.name());
    } catch (FeedEntries.UnreadableFeed e) {
      failed(feed, now, 200, e.getMessage(), null);
      return;
    }
    Handed handed;
    try {
      handed = hand(reading.articles());
    } catch (UnavailableException e) {
      // Not taken: the validators stay as they were, so the next fetch brings the entries again.
      failed(feed, now, 200, "the intake did not take the entries: " + e.getMessage(), null);
      return;
    } catch (RuntimeException e) {
      failed(feed, now, 200, "the entries could not be handed to the intake: " + e, null);
      return;
    }
    store.recordDocument(
        feed.id(),
        new FeedStore.FetchRecord(
            now,
            FetchOutcome.OK,
            200,
            handed.refused() == 0
                ? null
                : handed.refused()
                    + (handed.refused() == 1 ? " entry" : " entries")
                    + " refused, the first: "
                    + handed.firstRefusal(),
            reading.entries(),
            handed.accepted(),
            handed.refused(),
            PollSchedule.afterSuccess(now, feed.pollMinutes())),
        document.etag(),
        document.lastModified());
    if (handed.accepted() > 0) {
      metrics.feedEntriesAccepted(handed.accepted());
      LOG.info(
          () ->
              "feed="
                  + feed.id()
                  + " fetched: "
                  + reading.entries()
                  + " entries, "
                  + handed.accepted()
                  + " new articles queued");
    }
  }

  private void failed(
      Feed feed, Instant now, Integer httpStatus, String reason, String retryAfter) {
    int inARow = feed.consecutiveFailures() + 1;
    LOG.warning(() -> "feed=" + feed.id() + " fetch failed (" + inARow + " in a row): " + reason);
    store.recordFailure(
        feed.id(),
        new FeedStore.FetchRecord(
            now,
            FetchOutcome.FAILED,
            httpStatus,
            reason,
            0,
            0,
            0,
            PollSchedule.afterFailure(now, feed.pollMinutes(), inARow, retryAfter)));
  }

  /**
   * Checks each entry as a post is checked, and hands the valid ones to the intake in batches.
   * Counts as accepted only the articles the intake had not received before.
   */
  private Handed hand(List<ArticleSubmission> articles) {
    List<ArticleSubmission> valid = new ArrayList<>();
    int refused = 0;
    String firstRefusal = null;
    for (ArticleSubmission article : articles) {
      Set<ConstraintViolation<ArticleSubmission>> violations = validator.validate(article);
      if (violations.isEmpty()) {
        valid.add(article);
        continue;
      }
      refused++;
      if (firstRefusal == null) {
        ConstraintViolation<ArticleSubmission> first =
            violations.stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .orElseThrow();
        firstRefusal = first.getPropertyPath() + ": " + first.getMessage();
      }
    }
    int accepted = 0;
    for (int from = 0; from < valid.size(); from += BATCH) {
      List<ArticleSubmission> batch = valid.subList(from, Math.min(valid.size(), from + BATCH));
      for (Receipt receipt : intake.acceptAll(batch)) {
        if (!receipt.duplicate()) {
          accepted++;
        }
      }
    }
    return new Handed(accepted, refused, firstRefusal);
  }
}
