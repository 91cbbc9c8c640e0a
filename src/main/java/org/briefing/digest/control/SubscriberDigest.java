package org.briefing.digest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.briefing.digest.entity.DigestChange;
import org.briefing.digest.entity.DigestItem;
import org.briefing.mail.control.Outbox;
import org.briefing.mail.entity.MailMessage;
import org.briefing.subscriptions.entity.Frequency;
import org.briefing.subscriptions.entity.Subscription;
import org.briefing.subscriptions.entity.SubscriptionStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One subscriber's briefing: pick the new matching changes and articles that were never sent to
 * them, record them as sent, queue one email. Nothing new, no email.
 */
@ApplicationScoped
public class SubscriberDigest {

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "app.base.url", defaultValue = "http://localhost:9080")
  String baseUrl;

  private final DigestComposer composer = new DigestComposer();

  /**
   * True if an email was queued. Digests take what was classified since the subscriber's last
   * digest (the first looks back one period); immediate alerts take whatever they are given.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean send(
      String subscriptionId, List<ChangeLine> changes, List<DigestArticle> articles, Instant now) {
    Subscription s = em.find(Subscription.class, subscriptionId, LockModeType.PESSIMISTIC_WRITE);
    if (s == null || s.status() != SubscriptionStatus.CONFIRMED) {
      return false;
    }
    boolean windowed = s.frequency() != Frequency.IMMEDIATE;
    Instant since = s.lastDigestAt() != null ? s.lastDigestAt() : now.minus(s.frequency().period());
    Set<String> sentArticles =
        new HashSet<>(
            em.createQuery(
                    "select d.articleId from DigestItem d where d.subscriptionId = :id",
                    String.class)
                .setParameter("id", s.id())
                .getResultList());
    Set<String> sentChanges =
        new HashSet<>(
            em.createQuery(
                    "select d.changeId from DigestChange d where d.subscriptionId = :id",
                    String.class)
                .setParameter("id", s.id())
                .getResultList());
    List<DigestArticle> freshArticles =
        articles.stream()
            .filter(a -> !windowed || inWindow(a.classifiedAt(), since, now))
            .filter(a -> !sentArticles.contains(a.id()))
            .filter(a -> a.matches(s.topics(), s.actors()))
            .toList();
    List<ChangeLine> freshChanges =
        changes.stream()
            .filter(c -> !windowed || inWindow(c.detectedAt(), since, now))
            .filter(c -> !sentChanges.contains(c.id()))
            .filter(c -> c.matches(s.topics(), s.actors()))
            .toList();
    if (windowed) {
      s.digested(now);
    }
    if (freshArticles.isEmpty() && freshChanges.isEmpty()) {
      return false;
    }
    String kind = windowed ? "digest" : "alert";
    String mailId = kind + "-" + s.id() + "-" + now.toEpochMilli();
    freshArticles.forEach(a -> em.persist(new DigestItem(s.id(), a.id(), mailId, now)));
    freshChanges.forEach(c -> em.persist(new DigestChange(s.id(), c.id(), mailId, now)));
    String unsubscribeUrl = baseUrl + "/api/subscriptions/unsubscribe?token=" + s.manageToken();
    DigestComposer.Composed mail =
        composer.compose(
            s.frequency().label(),
            s.timezone(),
            now,
            freshChanges,
            freshArticles,
            new DigestComposer.Links(
                baseUrl + "/api/articles/",
                unsubscribeUrl,
                baseUrl + "/api/subscriptions/preferences?token=" + s.manageToken()));
    outbox.post(
        new MailMessage(
            mailId,
            kind,
            s.email(),
            mail.subject(),
            mail.text(),
            mail.html(),
            Map.of(
                "List-Unsubscribe",
                "<" + unsubscribeUrl + ">",
                "List-Unsubscribe-Post",
                "List-Unsubscribe=One-Click")));
    return true;
  }

  private static boolean inWindow(Instant at, Instant since, Instant now) {
    return at != null && at.isAfter(since) && !at.isAfter(now);
  }
}
