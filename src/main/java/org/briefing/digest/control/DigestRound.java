package org.briefing.digest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.logging.Logger;
import org.briefing.subscriptions.entity.Frequency;
import org.briefing.subscriptions.entity.Subscription;

/**
 * One round of digests for a frequency: every confirmed subscriber at that frequency gets one email
 * with the matching changes and articles since their last digest, if there are any. Subscribers go
 * in batches, each its own transaction: a failure holds back only its batch (the next round retries
 * it), and a repeated round finds nothing new to send.
 */
@ApplicationScoped
public class DigestRound {

  private static final Logger LOG = Logger.getLogger(DigestRound.class.getName());

  /**
   * Subscribers per transaction: one failure holds back at most this many, for a retry. Each
   * transaction is a two-phase commit (database and broker) of ~0.1 s under load, so a batch should
   * be large; 1,000 takes a second or two, far below the transaction timeout.
   */
  static final int BATCH = 1000;

  @PersistenceContext EntityManager em;
  @Inject SubscriberDigest subscriberDigest;
  @Inject BriefingItems briefingItems;
  @Inject Clock clock;

  /** What a round did. */
  public record Result(String frequency, int subscribers, int digestsQueued) {}

  /** Everyone at this frequency, now (an operator's manual round). */
  public Result run(Frequency frequency) {
    Instant now = Instant.now(clock);
    return round(frequency, now, confirmed(frequency), s -> true);
  }

  /** Those whose delivery hour in their own time zone has come since their last digest. */
  public Result runDue(Frequency frequency, Instant now) {
    // the database narrows them to those whose next digest time has come (or is not known yet)
    List<Subscription> candidates =
        em.createNamedQuery(Subscription.DUE_BY_FREQUENCY, Subscription.class)
            .setParameter("frequency", frequency)
            .setParameter("now", now)
            .getResultList();
    return round(
        frequency,
        now,
        candidates,
        s ->
            DeliverySchedule.due(
                frequency, s.timezone(), s.deliveryHour(), s.confirmedAt(), s.lastDigestAt(), now));
  }

  private List<Subscription> confirmed(Frequency frequency) {
    return em.createNamedQuery(Subscription.CONFIRMED_BY_FREQUENCY, Subscription.class)
        .setParameter("frequency", frequency)
        .getResultList();
  }

  private Result round(
      Frequency frequency, Instant now, List<Subscription> read, Predicate<Subscription> include) {
    List<Subscription> subscribers = read.stream().filter(include).toList();
    if (subscribers.isEmpty()) {
      return new Result(frequency.label(), 0, 0);
    }
    // The first digest looks back one period; later ones start where the last one ended.
    Instant since = now.minus(frequency.period());
    for (Subscription s : subscribers) {
      if (s.lastDigestAt() != null && s.lastDigestAt().isBefore(since)) {
        since = s.lastDigestAt();
      }
    }
    List<DigestArticle> candidates = candidates(since, now);
    List<ChangeLine> changes = briefingItems.changesDetected(since, now);
    List<String> ids = subscribers.stream().map(Subscription::id).toList();
    Map<String, SubscriberDigest.Shared> shared = new HashMap<>();
    int queued = 0;
    for (int from = 0; from < ids.size(); from += BATCH) {
      List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
      SubscriberDigest.Batch done =
          subscriberDigest.send(batch, changes, candidates, since, now, shared);
      queued += done.queued();
      shared.putAll(done.composed());
    }
    int sent = queued;
    LOG.info(
        () ->
            frequency.label()
                + " round: "
                + subscribers.size()
                + " subscribers, "
                + candidates.size()
                + " candidate articles, "
                + changes.size()
                + " changes, "
                + sent
                + " digests queued");
    return new Result(frequency.label(), subscribers.size(), queued);
  }

  private List<DigestArticle> candidates(Instant since, Instant until) {
    return briefingItems.articlesClassified(since, until);
  }
}
