package org.briefing.digest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
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

  /** Stands for a subscriber's token in a shared composition; cannot occur in a real token. */
  static final String TOKEN_PLACEHOLDER = "TOKEN.PLACEHOLDER";

  private final DigestComposer composer = new DigestComposer();

  /**
   * Briefings for a batch of subscribers in one transaction; returns how many emails were queued.
   * Digests take what was classified since each subscriber's last digest (the first looks back one
   * period); immediate alerts take whatever they are given. Already-sent items are looked up for
   * the whole batch at once.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int send(
      List<String> subscriptionIds,
      List<ChangeLine> changes,
      List<DigestArticle> articles,
      Instant since,
      Instant now,
      Map<String, DigestComposer.Composed> composed) {
    List<Subscription> batch =
        em.createQuery("select s from Subscription s where s.id in :ids", Subscription.class)
            .setParameter("ids", subscriptionIds)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    Map<String, Set<String>> sentArticles =
        sent(
            "select d.subscriptionId, d.articleId from DigestItem d"
                + " where d.subscriptionId in :ids and d.sentAt > :since",
            subscriptionIds,
            since);
    Map<String, Set<String>> sentChanges =
        sent(
            "select d.subscriptionId, d.changeId from DigestChange d"
                + " where d.subscriptionId in :ids and d.sentAt > :since",
            subscriptionIds,
            since);
    int queued = 0;
    for (Subscription s : batch) {
      if (s.status() == SubscriptionStatus.CONFIRMED
          && briefing(
              s,
              changes,
              articles,
              sentArticles.getOrDefault(s.id(), Set.of()),
              sentChanges.getOrDefault(s.id(), Set.of()),
              now,
              composed)) {
        queued++;
      }
    }
    return queued;
  }

  private Map<String, Set<String>> sent(String jpql, List<String> ids, Instant since) {
    Map<String, Set<String>> sent = new HashMap<>();
    em.createQuery(jpql, Object[].class)
        .setParameter("ids", ids)
        .setParameter("since", since)
        .getResultStream()
        .forEach(
            row ->
                sent.computeIfAbsent((String) row[0], k -> new HashSet<>()).add((String) row[1]));
    return sent;
  }

  private boolean briefing(
      Subscription s,
      List<ChangeLine> changes,
      List<DigestArticle> articles,
      Set<String> sentArticles,
      Set<String> sentChanges,
      Instant now,
      Map<String, DigestComposer.Composed> composed) {
    boolean windowed = s.frequency() != Frequency.IMMEDIATE;
    Instant since = s.lastDigestAt() != null ? s.lastDigestAt() : now.minus(s.frequency().period());
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
    // Subscribers who get the same items in the same zone get the same email but for their own
    // links: compose it once per round, with a placeholder for the token.
    String key =
        s.frequency()
            + "|"
            + s.timezone().getId()
            + "|"
            + freshChanges.stream().map(ChangeLine::id).toList()
            + "|"
            + freshArticles.stream().map(DigestArticle::id).toList();
    DigestComposer.Composed template =
        composed.computeIfAbsent(
            key,
            k ->
                composer.compose(
                    s.frequency().label(),
                    s.timezone(),
                    now,
                    freshChanges,
                    freshArticles,
                    new DigestComposer.Links(
                        baseUrl + "/api/articles/",
                        baseUrl + "/api/subscriptions/unsubscribe?token=" + TOKEN_PLACEHOLDER,
                        baseUrl + "/api/subscriptions/preferences?token=" + TOKEN_PLACEHOLDER)));
    DigestComposer.Composed mail =
        new DigestComposer.Composed(
            template.subject(),
            template.text().replace(TOKEN_PLACEHOLDER, s.manageToken()),
            template.html().replace(TOKEN_PLACEHOLDER, s.manageToken()));
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
