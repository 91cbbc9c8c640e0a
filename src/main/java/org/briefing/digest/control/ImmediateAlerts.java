package org.briefing.digest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.briefing.articles.entity.Article;
import org.briefing.subscriptions.entity.Frequency;
import org.briefing.subscriptions.entity.Subscription;

/** Alerts the subscribers who chose "immediate" about an article the ledger has just read. */
@ApplicationScoped
public class ImmediateAlerts {

  @PersistenceContext EntityManager em;
  @Inject BriefingItems items;
  @Inject SubscriberDigest subscriberDigest;
  @Inject Clock clock;

  /** One article the ledger has read, with the changes it made. */
  public record Read(String articleId, List<String> changeIds) {}

  /**
   * Alerts about a batch of articles, one after the other. The immediate subscribers are read once
   * for the batch, the batch's articles in one query; an article that no immediate subscriber could
   * want (by its stored topics and actors) and that made no change is passed over before its
   * classification is read. Returns how many alerts were queued.
   */
  public int alertAll(List<Read> batch) {
    List<Subscription> immediate =
        em.createNamedQuery(Subscription.CONFIRMED_BY_FREQUENCY, Subscription.class)
            .setParameter("frequency", Frequency.IMMEDIATE)
            .getResultList();
    if (immediate.isEmpty()) {
      return 0;
    }
    Map<String, Article> articles = new HashMap<>();
    em.createNamedQuery(Article.BY_IDS, Article.class)
        .setParameter("ids", batch.stream().map(Read::articleId).toList())
        .getResultList()
        .forEach(a -> articles.put(a.id(), a));
    Map<String, ChangeLine> changes =
        items.changesById(batch.stream().flatMap(r -> r.changeIds().stream()).toList());
    int queued = 0;
    for (Read read : batch) {
      Article article = articles.get(read.articleId());
      boolean wanted =
          article != null
              && immediate.stream()
                  .anyMatch(
                      s ->
                          DigestArticle.matches(
                              article.topics(), article.actors(), s.topics(), s.actors()));
      if (wanted || !read.changeIds().isEmpty()) {
        queued += alert(read, article, changes, immediate);
      }
    }
    return queued;
  }

  private int alert(
      Read read,
      Article stored,
      Map<String, ChangeLine> batchChanges,
      List<Subscription> immediate) {
    List<DigestArticle> article = items.article(stored);
    List<ChangeLine> changes =
        read.changeIds().stream().map(batchChanges::get).filter(Objects::nonNull).toList();
    if (article.isEmpty() && changes.isEmpty()) {
      return 0;
    }
    Instant now = Instant.now(clock);
    List<String> subscribers =
        immediate.stream()
            .filter(
                s ->
                    article.stream().anyMatch(a -> a.matches(s.topics(), s.actors()))
                        || changes.stream().anyMatch(c -> c.matches(s.topics(), s.actors())))
            .map(Subscription::id)
            .toList();
    if (subscribers.isEmpty()) {
      return 0;
    }
    // Alerts are not windowed: what was sent before is found in the last day's records.
    return subscriberDigest
        .send(subscribers, changes, article, now.minus(Duration.ofDays(1)), now, Map.of())
        .queued();
  }
}
