package org.briefing.digest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefing.digest.entity.DigestLog;
import org.briefing.links.control.ReaderLinks;
import org.briefing.mail.control.MailBodies;
import org.briefing.mail.control.Outbox;
import org.briefing.mail.entity.MailBody;
import org.briefing.mail.entity.MailMessage;
import org.briefing.subscriptions.entity.Frequency;
import org.briefing.subscriptions.entity.Subscription;
import org.briefing.subscriptions.entity.SubscriptionStatus;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Subscribers' briefings: pick the new matching changes and articles that were never sent to each,
 * record them as sent, queue one email each. Nothing new, no email.
 */
@ApplicationScoped
public class SubscriberDigest {

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject MailBodies bodies;

  @Inject
  @ConfigProperty(name = "app.base.url", defaultValue = "http://localhost:9080")
  String baseUrl;

  private final DigestComposer composer = new DigestComposer();

  /**
   * A composition shared by the subscribers with the same items in the same time zone: its subject
   * and its stored body, whose slots the sender fills with each subscriber's token as it sends.
   */
  public record Shared(String subject, String bodyId) {}

  /** What a batch did: how many emails it queued, and the compositions it used and stored. */
  public record Batch(int queued, Map<String, Shared> composed) {}

  /**
   * Briefings for a batch of subscribers in one transaction. Digests take what was classified since
   * each subscriber's last digest (the first looks back one period); immediate alerts take whatever
   * they are given. Already-sent items are looked up for the whole batch at once; the emails go to
   * the queue through one session.
   *
   * @param shared the compositions stored by earlier, committed batches of the same round
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Batch send(
      List<String> subscriptionIds,
      List<ChangeLine> changes,
      List<DigestArticle> articles,
      Instant since,
      Instant now,
      Map<String, Shared> shared) {
    List<Subscription> batch =
        em.createQuery("select s from Subscription s where s.id in :ids", Subscription.class)
            .setParameter("ids", subscriptionIds)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    Map<String, Sent> sent = sent(subscriptionIds, since);
    // What this batch composes is shared with later batches only once it has committed.
    Map<String, Shared> composed = new HashMap<>(shared);
    List<MailMessage> mails = new ArrayList<>();
    List<Subscription> digested = new ArrayList<>();
    for (Subscription s : batch) {
      if (s.status() != SubscriptionStatus.CONFIRMED) {
        continue;
      }
      if (s.frequency() != Frequency.IMMEDIATE) {
        digested.add(s);
      }
      briefing(s, changes, articles, sent.getOrDefault(s.id(), Sent.NOTHING), now, composed)
          .ifPresent(mails::add);
    }
    if (!digested.isEmpty()) {
      digested(digested, now);
    }
    outbox.postAll(mails);
    return new Batch(mails.size(), composed);
  }

  /**
   * One UPDATE per delivery slot for the batch (subscribers with the same frequency, zone and hour
   * share their next one); the rows are locked above, so no one else changed them. Native SQL: a
   * JPQL bulk update makes EclipseLink test every cached object against the 1,000-id condition in
   * memory (60 % of a 100,000-subscriber round's processor time went there).
   */
  private void digested(List<Subscription> subscribers, Instant now) {
    Map<Instant, List<String>> bySlot = new HashMap<>();
    for (Subscription s : subscribers) {
      Instant next = DeliverySchedule.nextSlot(s.frequency(), s.timezone(), s.deliveryHour(), now);
      bySlot.computeIfAbsent(next, k -> new ArrayList<>()).add(s.id());
    }
    bySlot.forEach(
        (next, ids) -> {
          Query update =
              em.createNativeQuery(
                  "UPDATE subscription SET last_digest_at = ?, next_digest_at = ?,"
                      + " version = version + 1 WHERE id IN ("
                      + String.join(", ", Collections.nCopies(ids.size(), "?"))
                      + ")");
          update.setParameter(1, now.atOffset(ZoneOffset.UTC));
          update.setParameter(2, next.atOffset(ZoneOffset.UTC));
          for (int i = 0; i < ids.size(); i++) {
            update.setParameter(i + 3, ids.get(i));
          }
          update.executeUpdate();
        });
  }

  /** The ids of what went to one subscriber since a moment. */
  private record Sent(Set<String> articles, Set<String> changes) {
    static final Sent NOTHING = new Sent(Set.of(), Set.of());
  }

  private Map<String, Sent> sent(List<String> ids, Instant since) {
    Map<String, Sent> sent = new HashMap<>();
    em.createQuery(
            "select d.subscriptionId, d.articleIds, d.changeIds from DigestLog d"
                + " where d.subscriptionId in :ids and d.sentAt > :since",
            Object[].class)
        .setParameter("ids", ids)
        .setParameter("since", since)
        .getResultStream()
        .forEach(
            row -> {
              Sent earlier =
                  sent.computeIfAbsent(
                      (String) row[0], k -> new Sent(new HashSet<>(), new HashSet<>()));
              earlier.articles().addAll(DigestLog.ids((String) row[1]));
              earlier.changes().addAll(DigestLog.ids((String) row[2]));
            });
    return sent;
  }

  private Optional<MailMessage> briefing(
      Subscription s,
      List<ChangeLine> changes,
      List<DigestArticle> articles,
      Sent sent,
      Instant now,
      Map<String, Shared> composed) {
    boolean windowed = s.frequency() != Frequency.IMMEDIATE;
    Instant since = s.lastDigestAt() != null ? s.lastDigestAt() : now.minus(s.frequency().period());
    List<String> topics = s.topics();
    List<String> actors = s.actors();
    List<DigestArticle> freshArticles =
        BriefingContents.matchingArticles(
            topics,
            actors,
            articles.stream()
                .filter(a -> !windowed || inWindow(a.classifiedAt(), since, now))
                .filter(a -> !sent.articles().contains(a.id()))
                .toList());
    List<ChangeLine> freshChanges =
        BriefingContents.matchingChanges(
            topics,
            actors,
            changes.stream()
                .filter(c -> !windowed || inWindow(c.detectedAt(), since, now))
                .filter(c -> !sent.changes().contains(c.id()))
                .toList());
    if (freshArticles.isEmpty() && freshChanges.isEmpty()) {
      return Optional.empty();
    }
    String kind = windowed ? "digest" : "alert";
    String mailId = kind + "-" + s.id() + "-" + now.toEpochMilli();
    List<String> articleIds = freshArticles.stream().map(DigestArticle::id).toList();
    List<String> changeIds = freshChanges.stream().map(ChangeLine::id).toList();
    em.persist(new DigestLog(mailId, s.id(), now, articleIds, changeIds));
    // Subscribers who get the same items in the same zone get the same email but for their own
    // links: composed and stored once per round, with a slot for the token in those links only.
    String key = s.frequency() + "|" + s.timezone().getId() + "|" + changeIds + "|" + articleIds;
    Shared template =
        composed.computeIfAbsent(key, k -> compose(s, now, freshChanges, freshArticles));
    // The message names the reader; the sender derives their token into the slots.
    String unsubscribeUrl =
        baseUrl + "/api/subscriptions/unsubscribe?token=" + MailBody.slot(ReaderLinks.MANAGE);
    return Optional.of(
        MailMessage.ofStoredBody(
            mailId,
            kind,
            s.email(),
            template.subject(),
            Map.of(
                "List-Unsubscribe",
                "<" + unsubscribeUrl + ">",
                "List-Unsubscribe-Post",
                "List-Unsubscribe=One-Click"),
            template.bodyId(),
            s.id()));
  }

  private Shared compose(
      Subscription s, Instant now, List<ChangeLine> changes, List<DigestArticle> articles) {
    DigestComposer.Composed mail =
        composer.compose(
            s.frequency().label(),
            s.timezone(),
            now,
            changes,
            articles,
            new DigestComposer.Links(
                baseUrl + "/api/articles/",
                baseUrl + "/api/subscriptions/unsubscribe?token=",
                baseUrl + "/api/subscriptions/preferences?token=",
                MailBody.slot(ReaderLinks.MANAGE)));
    return new Shared(mail.subject(), bodies.store(mail.text(), mail.html()));
  }

  private static boolean inWindow(Instant at, Instant since, Instant now) {
    return at != null && at.isAfter(since) && !at.isAfter(now);
  }
}
