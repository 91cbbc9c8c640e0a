package org.briefing.pipeline.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Histogram;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.Metric;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.Timer;

/**
 * Every metric the pipeline publishes at {@code /metrics} (Prometheus text, application scope),
 * named in one place. Call sites say what happened in one line ({@code
 * metrics.articleClassified(receivedAt)}). Counts made inside a transaction are only added when it
 * commits, so a redelivered message is not counted twice.
 *
 * <p>In Prometheus form the names gain {@code _total} (counters) or {@code _seconds_*} (timers).
 */
@ApplicationScoped
public class PipelineMetrics {

  public static final String ARTICLES_RECEIVED = "briefing.articles.received";
  public static final String ARTICLES_DUPLICATE = "briefing.articles.duplicate";
  public static final String ARTICLES_REJECTED = "briefing.articles.rejected";
  public static final String FEED_ENTRIES_ACCEPTED = "briefing.feed.entries.accepted";
  public static final String ARTICLES_CLASSIFIED = "briefing.articles.classified";
  public static final String ARTICLES_FAILED = "briefing.articles.failed";
  public static final String CHANGES_FOUND = "briefing.changes.found";
  public static final String ALERTS_SENT = "briefing.alerts.sent";
  public static final String DIGESTS_SENT = "briefing.digests.sent";
  public static final String MAIL_SENT = "briefing.mail.sent";
  public static final String MAIL_FAILURES = "briefing.mail.failures";
  public static final String INTAKE_TIME = "briefing.stage.intake";
  public static final String CLASSIFICATION_LATENCY = "briefing.stage.classification";
  public static final String MAIL_SEND_TIME = "briefing.stage.mail.send";
  public static final String QUEUE_DEPTH = "briefing.queue.depth";
  public static final String INTAKE_BATCH = "briefing.intake.batch";

  @Inject MetricRegistry registry;
  @Inject Clock clock;

  @Resource(lookup = "java:comp/TransactionSynchronizationRegistry")
  TransactionSynchronizationRegistry transactions;

  /**
   * The metrics already registered, by name and tags: looking one up in the registry checks its
   * metadata and tags each time, which showed in the profile of every post.
   */
  private final Map<String, Metric> known = new ConcurrentHashMap<>();

  /** A new article was stored and queued (202). */
  public void articleReceived(Duration handling) {
    counter(ARTICLES_RECEIVED, "Articles accepted and queued for classification").inc();
    timer(INTAKE_TIME, "Time to store and queue a posted article").update(handling);
  }

  /** Intake stored and queued a batch of posts together (one transaction, one message). */
  public void intakeBatch(int posts) {
    histogram(INTAKE_BATCH, "Posts stored and queued together in one intake batch").update(posts);
  }

  /**
   * Entries of a polled feed taken in as new articles (a feed's repeats are not counted). Apart
   * from {@link #ARTICLES_RECEIVED}, which counts posts: together they are everything the intake
   * took.
   */
  public void feedEntriesAccepted(int articles) {
    counter(FEED_ENTRIES_ACCEPTED, "Feed entries taken in as new articles").inc(articles);
  }

  /** A post repeated an article already received (200, duplicate). */
  public void articleDuplicate() {
    counter(ARTICLES_DUPLICATE, "Posts recognised as an article already received").inc();
  }

  /** A post was refused (4xx): invalid, too large, unauthenticated. */
  public void articleRejected(int status) {
    counter(
            ARTICLES_REJECTED,
            "Posts of articles refused with a client error, by status",
            new Tag("status", Integer.toString(status)))
        .inc();
  }

  /** An article was classified; the latency runs from its arrival to now. */
  public void articleClassified(Instant receivedAt) {
    Duration latency = Duration.between(receivedAt, Instant.now(clock));
    afterCommit(
        () -> {
          counter(ARTICLES_CLASSIFIED, "Articles classified").inc();
          timer(CLASSIFICATION_LATENCY, "From an article's arrival to its classification")
              .update(latency.isNegative() ? Duration.ZERO : latency);
        });
  }

  /** The classifier could not classify an article (stored as failed). */
  public void articleFailed() {
    afterCommit(() -> counter(ARTICLES_FAILED, "Articles the classifier failed on").inc());
  }

  /** The ledger recorded a change (for the ledger stage). */
  public void changeFound() {
    afterCommit(() -> counter(CHANGES_FOUND, "Changes the ledger found").inc());
  }

  /** An email left over SMTP; alerts and digests are also counted on their own. */
  public void mailSent(String kind, Duration sending) {
    afterCommit(
        () -> {
          counter(MAIL_SENT, "Emails sent, by kind", new Tag("kind", kind)).inc();
          if ("alert".equals(kind)) {
            counter(ALERTS_SENT, "Immediate alerts sent").inc();
          } else if ("digest".equals(kind)) {
            counter(DIGESTS_SENT, "Digests sent").inc();
          }
        });
    timer(MAIL_SEND_TIME, "Time to hand one email to the SMTP server").update(sending);
  }

  /** SMTP refused or failed an email; the broker will retry it. Counted at once, not on commit. */
  public void mailFailed(String kind) {
    counter(MAIL_FAILURES, "SMTP failures (each is retried by the broker)", new Tag("kind", kind))
        .inc();
  }

  /** Registers the backlog gauge of one queue, read from what the broker last said. */
  public void queueDepth(String queue, String stage, boolean deadLetters, QueueDepths depths) {
    registry.gauge(
        Metadata.builder()
            .withName(QUEUE_DEPTH)
            .withDescription(
                "Messages waiting on a broker queue (-1: unknown), refreshed every few seconds")
            .build(),
        depths,
        d -> d.depth(queue),
        new Tag("queue", queue),
        new Tag("stage", stage),
        new Tag("dead_letters", Boolean.toString(deadLetters)));
  }

  private Counter counter(String name, String description, Tag... tags) {
    return (Counter)
        known.computeIfAbsent(
            key(name, tags),
            k ->
                registry.counter(
                    Metadata.builder().withName(name).withDescription(description).build(), tags));
  }

  private Timer timer(String name, String description) {
    return (Timer)
        known.computeIfAbsent(
            name,
            k ->
                registry.timer(
                    Metadata.builder()
                        .withName(name)
                        .withDescription(description)
                        .withUnit(MetricUnits.SECONDS)
                        .build()));
  }

  private Histogram histogram(String name, String description) {
    return (Histogram)
        known.computeIfAbsent(
            name,
            k ->
                registry.histogram(
                    Metadata.builder().withName(name).withDescription(description).build()));
  }

  private static String key(String name, Tag... tags) {
    StringBuilder key = new StringBuilder(name);
    for (Tag tag : tags) {
      key.append(',').append(tag.getTagName()).append('=').append(tag.getTagValue());
    }
    return key.toString();
  }

  private void afterCommit(Runnable count) {
    if (transactions == null || transactions.getTransactionKey() == null) {
      count.run();
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              count.run();
            }
          }
        });
  }
}
