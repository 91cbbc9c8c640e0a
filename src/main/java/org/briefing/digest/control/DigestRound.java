package org.briefing.digest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Logger;
import org.briefing.subscriptions.entity.Frequency;
import org.briefing.subscriptions.entity.Subscription;

/**
 * One round of digests for a frequency: every confirmed subscriber at that frequency gets one email
 * with the matching articles classified since their last digest, if there are any. Each subscriber
 * is its own transaction, so one failure does not hold back the others and a repeated round finds
 * nothing new to send.
 */
@ApplicationScoped
public class DigestRound {

  private static final Logger LOG = Logger.getLogger(DigestRound.class.getName());

  @PersistenceContext EntityManager em;
  @Inject SubscriberDigest subscriberDigest;
  @Inject BriefingItems briefingItems;
  @Inject Clock clock;

  /** What a round did. */
  public record Result(String frequency, int subscribers, int digestsQueued) {}

  public Result run(Frequency frequency) {
    Instant now = Instant.now(clock);
    List<String> subscriberIds =
        em.createNamedQuery(Subscription.CONFIRMED_BY_FREQUENCY, Subscription.class)
            .setParameter("frequency", frequency)
            .getResultStream()
            .map(Subscription::id)
            .toList();
    // The first digest looks back one period; later ones start where the last one ended.
    // Not min(): an aggregate bypasses the Instant converter on some databases.
    Instant oldest =
        em.createQuery(
                "select s.lastDigestAt from Subscription s where s.frequency = :frequency"
                    + " and s.status = org.briefing.subscriptions.entity.SubscriptionStatus.CONFIRMED"
                    + " and s.lastDigestAt is not null order by s.lastDigestAt",
                Instant.class)
            .setParameter("frequency", frequency)
            .setMaxResults(1)
            .getResultStream()
            .findFirst()
            .orElse(null);
    Instant firstLookBack = now.minus(frequency.period());
    Instant since = oldest == null || oldest.isAfter(firstLookBack) ? firstLookBack : oldest;
    List<DigestArticle> candidates = candidates(since, now);
    List<ChangeLine> changes = briefingItems.changesDetected(since, now);
    int queued = 0;
    for (String id : subscriberIds) {
      if (subscriberDigest.send(id, changes, candidates, now)) {
        queued++;
      }
    }
    int sent = queued;
    LOG.info(
        () ->
            frequency.label()
                + " round: "
                + subscriberIds.size()
                + " subscribers, "
                + candidates.size()
                + " candidate articles, "
                + sent
                + " digests queued");
    return new Result(frequency.label(), subscriberIds.size(), queued);
  }

  private List<DigestArticle> candidates(Instant since, Instant until) {
    return briefingItems.articlesClassified(since, until);
  }
}
