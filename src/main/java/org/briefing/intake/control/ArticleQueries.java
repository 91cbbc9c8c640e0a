package org.briefing.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.briefing.intake.entity.Article;

/** Reads articles for the API. */
@ApplicationScoped
public class ArticleQueries {

  @PersistenceContext EntityManager em;

  public Optional<Article> find(String id) {
    return Optional.ofNullable(em.find(Article.class, id));
  }

  /** Newest first (by arrival); one more than asked, so that the caller knows if more follow. */
  public List<Article> list(
      String topic, String actor, Instant since, Boolean relevant, int page, int size) {
    List<String> where = new ArrayList<>();
    if (topic != null) {
      where.add("a.topics like :topic");
    }
    if (actor != null) {
      where.add("a.actors like :actor");
    }
    if (since != null) {
      where.add("a.receivedAt >= :since");
    }
    if (relevant != null) {
      where.add("a.relevant = :relevant");
    }
    String jpql =
        "select a from Article a"
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + " order by a.receivedAt desc, a.id desc";
    TypedQuery<Article> query = em.createQuery(jpql, Article.class);
    if (topic != null) {
      query.setParameter("topic", "%" + Article.tag(topic) + "%");
    }
    if (actor != null) {
      query.setParameter("actor", "%" + Article.tag(actor) + "%");
    }
    if (since != null) {
      query.setParameter("since", since);
    }
    if (relevant != null) {
      query.setParameter("relevant", relevant);
    }
    return query.setFirstResult(page * size).setMaxResults(size + 1).getResultList();
  }
}
