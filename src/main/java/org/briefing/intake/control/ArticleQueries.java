package org.briefing.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefing.articles.entity.Article;
import org.briefing.articles.entity.ArticleTag;

/** Reads articles for the API. */
@ApplicationScoped
public class ArticleQueries {

  @PersistenceContext EntityManager em;

  public Optional<Article> find(String id) {
    return Optional.ofNullable(em.find(Article.class, id));
  }

  /** What a list asks for; null means no such filter. */
  public record Filter(String topic, String actor, Instant since, Boolean relevant) {}

  /**
   * Newest first (by arrival, ties by id), without bodies; one more than asked, so that the caller
   * knows if more follow. Starts after the cursor when there is one, else at the page's offset.
   */
  public List<ArticleListing> list(Filter filter, ArticleCursor after, int page, int size) {
    TypedQuery<ArticleListing> query =
        em.createQuery(jpql(filter, after != null), ArticleListing.class);
    if (filter.topic() != null) {
      query.setParameter("topicKind", ArticleTag.TOPIC).setParameter("topic", filter.topic());
    }
    if (filter.actor() != null) {
      query.setParameter("actorKind", ArticleTag.ACTOR).setParameter("actor", filter.actor());
    }
    if (filter.since() != null) {
      query.setParameter("since", filter.since());
    }
    if (filter.relevant() != null) {
      query.setParameter("relevant", filter.relevant());
    }
    if (after != null) {
      query.setParameter("afterAt", after.receivedAt()).setParameter("afterId", after.id());
    } else {
      query.setFirstResult(page * size);
    }
    return query.setMaxResults(size + 1).getResultList();
  }

  /**
   * The list's query: the listed columns only (a body may be 200,000 characters), topics and actors
   * by exact match in {@link ArticleTag}'s primary key.
   */
  static String jpql(Filter filter, boolean after) {
    List<String> where = new ArrayList<>();
    if (filter.topic() != null) {
      where.add(
          "a.id in (select t.articleId from ArticleTag t where t.kind = :topicKind"
              + " and t.tag = :topic)");
    }
    if (filter.actor() != null) {
      where.add(
          "a.id in (select c.articleId from ArticleTag c where c.kind = :actorKind"
              + " and c.tag = :actor)");
    }
    if (filter.since() != null) {
      where.add("a.receivedAt >= :since");
    }
    if (filter.relevant() != null) {
      where.add("a.relevant = :relevant");
    }
    if (after) {
      where.add("(a.receivedAt < :afterAt or (a.receivedAt = :afterAt and a.id < :afterId))");
    }
    return "select new "
        + ArticleListing.class.getName()
        + "(a.id, a.title, a.url, a.source, a.publishedAt, a.receivedAt, a.status, a.relevant,"
        + " a.score, a.topics, a.actors) from Article a"
        + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
        + " order by a.receivedAt desc, a.id desc";
  }
}
