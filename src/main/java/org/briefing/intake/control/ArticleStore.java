package org.briefing.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.briefing.intake.entity.Article;
import org.briefing.platform.entity.OutboxMessage;

/**
 * Stores an accepted article and its message for the articles queue (in the outbox), in one
 * database transaction: the message leaves for the broker once the article is committed.
 */
@ApplicationScoped
public class ArticleStore {

  @PersistenceContext EntityManager em;
  @Inject ArticleEvents events;
  @Inject Clock clock;

  /** What was stored: the receipt, and the message to send once committed (none for a repeat). */
  public record Stored(Receipt receipt, OutboxMessage message) {}

  @Transactional
  public Stored store(NewArticle article) {
    Optional<Article> existing = findSame(article.urlKey(), article.contentHash());
    if (existing.isPresent()) {
      return new Stored(
          new Receipt(existing.get().id(), existing.get().status().label(), true), null);
    }
    Article stored =
        new Article(
            UUID.randomUUID().toString(),
            article.title(),
            article.body(),
            article.url(),
            article.urlKey(),
            article.contentHash(),
            article.source(),
            article.language(),
            article.publishedAt(),
            Instant.now(clock));
    em.persist(stored);
    em.flush(); // meet the unique keys now, before the message is sent
    OutboxMessage message = events.received(stored);
    return new Stored(new Receipt(stored.id(), stored.status().label(), false), message);
  }

  /**
   * Takes back an article whose message the broker did not take: true if it is gone with its
   * message, false if the message had been sent after all (its outbox row is gone) and the article
   * stays. (A send that reaches the broker after this is a message without an article: it is
   * retried and dead-lettered, where an operator sees it.)
   */
  @Transactional
  public boolean withdraw(Stored stored) {
    int removed =
        em.createNamedQuery(OutboxMessage.DELETE)
            .setParameter("ids", java.util.List.of(stored.message().id()))
            .executeUpdate();
    if (removed == 0) {
      return false;
    }
    Article article = em.find(Article.class, stored.receipt().id());
    if (article != null) {
      em.remove(article);
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
}
