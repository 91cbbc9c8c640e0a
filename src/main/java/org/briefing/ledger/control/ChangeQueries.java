package org.briefing.ledger.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.briefing.ledger.entity.Change;
import org.briefing.ledger.entity.LedgerEvent;

/** Reads the ledger for the API: changes, and the timeline of an actor or a pair. */
@ApplicationScoped
public class ChangeQueries {

  @PersistenceContext EntityManager em;

  /**
   * Newest first (by when they happened); one more than asked, so the caller knows if more follow.
   */
  public List<Change> changes(String actor, String topic, Instant since, int page, int size) {
    List<String> where = new ArrayList<>();
    if (actor != null) {
      where.add("(c.actor = :actor or c.target = :actor)");
    }
    if (topic != null) {
      where.add("c.topic = :topic");
    }
    if (since != null) {
      where.add("c.happenedAt >= :since");
    }
    String jpql =
        "select c from Change c"
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + " order by c.happenedAt desc, c.detectedAt desc";
    TypedQuery<Change> query = em.createQuery(jpql, Change.class);
    if (actor != null) {
      query.setParameter("actor", actor);
    }
    if (topic != null) {
      query.setParameter("topic", topic);
    }
    if (since != null) {
      query.setParameter("since", since);
    }
    return query.setFirstResult(page * size).setMaxResults(size + 1).getResultList();
  }

  /** Oldest first: the story of an actor, or of a pair when {@code other} is given. */
  public List<LedgerEvent> timeline(String actor, String other, String topic, int limit) {
    String jpql =
        "select e from LedgerEvent e where (e.actor = :actor or e.target = :actor)"
            + (other == null ? "" : " and (e.actor = :other or e.target = :other)")
            + (topic == null ? "" : " and e.topic = :topic")
            + " order by e.happenedAt, e.id";
    TypedQuery<LedgerEvent> query =
        em.createQuery(jpql, LedgerEvent.class).setParameter("actor", actor);
    if (other != null) {
      query.setParameter("other", other);
    }
    if (topic != null) {
      query.setParameter("topic", topic);
    }
    return query.setMaxResults(limit).getResultList();
  }
}
