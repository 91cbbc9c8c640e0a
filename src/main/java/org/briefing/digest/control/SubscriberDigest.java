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
import org.briefing.digest.entity.DigestItem;
import org.briefing.mail.control.Outbox;
import org.briefing.mail.entity.MailMessage;
import org.briefing.subscriptions.entity.Subscription;
import org.briefing.subscriptions.entity.SubscriptionStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** One subscriber's digest: pick the new matching articles, record them, queue one email. */
@ApplicationScoped
public class SubscriberDigest {

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;

  @Inject
  @ConfigProperty(name = "app.base.url", defaultValue = "http://localhost:9080")
  String baseUrl;

  private final DigestComposer composer = new DigestComposer();

  /** True if an email was queued. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean send(String subscriptionId, List<DigestArticle> candidates, Instant now) {
    Subscription s = em.find(Subscription.class, subscriptionId, LockModeType.PESSIMISTIC_WRITE);
    if (s == null || s.status() != SubscriptionStatus.CONFIRMED) {
      return false;
    }
    Instant since = s.lastDigestAt() != null ? s.lastDigestAt() : now.minus(s.frequency().period());
    Set<String> alreadySent =
        new HashSet<>(
            em.createQuery(
                    "select d.articleId from DigestItem d where d.subscriptionId = :id",
                    String.class)
                .setParameter("id", s.id())
                .getResultList());
    List<DigestArticle> fresh =
        candidates.stream()
            .filter(a -> a.classifiedAt().isAfter(since) && !a.classifiedAt().isAfter(now))
            .filter(a -> !alreadySent.contains(a.id()))
            .filter(a -> a.matches(s.topics(), s.actors()))
            .toList();
    s.digested(now);
    if (fresh.isEmpty()) {
      return false; // nothing new: no email
    }
    String mailId = "digest-" + s.id() + "-" + now.toEpochMilli();
    for (DigestArticle a : fresh) {
      em.persist(new DigestItem(s.id(), a.id(), mailId, now));
    }
    String unsubscribeUrl = baseUrl + "/api/subscriptions/unsubscribe?token=" + s.manageToken();
    DigestComposer.Composed mail =
        composer.compose(
            s.frequency().label(),
            s.timezone(),
            now,
            fresh,
            baseUrl + "/api/articles/",
            unsubscribeUrl);
    outbox.post(
        new MailMessage(
            mailId,
            "digest",
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
}
