package org.briefing.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.briefing.articles.entity.Article;
import org.briefing.outbox.entity.OutboxMessage;

/**
 * Stores accepted articles and their message for the articles queue (in the outbox), in one
 * database transaction: the message leaves for the broker once the articles are committed.
 */
@ApplicationScoped
public class ArticleStore {

  @PersistenceContext EntityManager em;
  @Inject ArticleEvents events;
  @Inject Clock clock;

  /**
   * What was stored: a receipt per article, in the order given, the ids newly stored, and the one
   * message to send once committed (none when every article was a repeat).
   */
  public record Stored(List<Receipt> receipts, List<String> storedIds, OutboxMessage message) {}

  /**
   * Stores the articles not received before, in one transaction. A repeat (same URL, or same title
   * and body, as an earlier article or an earlier one in this batch) gets the first one's id. An
   * equal article stored at the same moment by another transaction meets a unique key, and this
   * transaction fails as a whole.
   */
  @Transactional
  public Stored storeAll(List<NewArticle> articles) {
    List<Article> known = new ArrayList<>(sameAsAny(articles));
    Instant now = Instant.now(clock);
    List<Receipt> receipts = new ArrayList<>();
    List<Article> stored = new ArrayList<>();
    for (NewArticle article : articles) {
      Optional<Article> first = known.stream().filter(a -> same(a, article)).findFirst();
      if (first.isPresent()) {
        receipts.add(new Receipt(first.get().id(), first.get().status().label(), true));
        continue;
      }
      Article created = newArticle(article, now);
      em.persist(created);
      known.add(created);
      stored.add(created);
      receipts.add(new Receipt(created.id(), created.status().label(), false));
    }
    if (stored.isEmpty()) {
      return new Stored(receipts, List.of(), null);
    }
    em.flush(); // meet the unique keys now, before the message is sent
    List<String> ids = stored.stream().map(Article::id).toList();
    return new Stored(receipts, ids, events.received(stored));
  }

  /**
   * Takes back articles whose message the broker did not take: true if they are gone with their
   * message, false if the message had been sent after all (its outbox row is gone) and they stay.
   * (A send that reaches the broker after this is a message without articles: it is retried and
   * dead-lettered, where an operator sees it.)
   */
  @Transactional
  public boolean withdraw(Stored stored) {
    int removed =
        em.createNamedQuery(OutboxMessage.DELETE)
            .setParameter("ids", List.of(stored.message().id()))
            .executeUpdate();
    if (removed == 0) {
      return false;
    }
    for (String id : stored.storedIds()) {
      Article article = em.find(Article.class, id);
      if (article != null) {
        em.remove(article);
      }
    }
    return true;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Article> findSame(String urlKey, String contentHash) {
    return em.createNamedQuery(Article.BY_URL_OR_CONTENT, Article.class)
        .setParameter("urlKey", urlKey == null ? "" : urlKey)
        .setParameter("contentHash", contentHash)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The stored articles any of these repeats, in one query. */
  private List<Article> sameAsAny(List<NewArticle> articles) {
    Map<String, Boolean> urlKeys = new HashMap<>();
    urlKeys.put("", true); // never a key: keeps the list from being empty
    articles.stream()
        .map(NewArticle::urlKey)
        .filter(Objects::nonNull)
        .forEach(k -> urlKeys.put(k, true));
    return em.createNamedQuery(Article.SAME_AS_ANY, Article.class)
        .setParameter("urlKeys", List.copyOf(urlKeys.keySet()))
        .setParameter(
            "contentHashes", articles.stream().map(NewArticle::contentHash).distinct().toList())
        .getResultList();
  }

  private static boolean same(Article stored, NewArticle article) {
    return (article.urlKey() != null && article.urlKey().equals(stored.urlKey()))
        || article.contentHash().equals(stored.contentHash());
  }

  private Article newArticle(NewArticle article, Instant now) {
    return new Article(
        UUID.randomUUID().toString(),
        article.title(),
        article.body(),
        article.url(),
        article.urlKey(),
        article.contentHash(),
        article.source(),
        article.language(),
        article.publishedAt(),
        now);
  }
}
