package org.briefing.feeds.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.briefing.feeds.entity.Feed;
import org.briefing.feeds.entity.FetchOutcome;

/**
 * The registered feeds and their records. A fetch's result is written with one relative UPDATE
 * (counters plus what was found), so that two polls of one feed that meet both count.
 */
@ApplicationScoped
public class FeedStore {

  /** What the last fetch's record says besides its outcome. */
  public record FetchRecord(
      Instant at,
      FetchOutcome outcome,
      Integer httpStatus,
      String error,
      int entriesSeen,
      int entriesAccepted,
      int entriesRefused,
      Instant nextFetchAt) {}

  static final int MAX_ERROR = 500;

  @PersistenceContext EntityManager em;

  @Transactional
  public Feed register(String url, String name, int pollMinutes, Instant now) {
    Feed feed = new Feed(UUID.randomUUID().toString(), url, name, pollMinutes, now);
    em.persist(feed);
    return feed;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Feed> find(String id) {
    return Optional.ofNullable(em.find(Feed.class, id));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Feed> findByUrl(String url) {
    return em.createQuery("select f from Feed f where f.url = :url", Feed.class)
        .setParameter("url", url)
        .getResultStream()
        .findFirst();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Feed> all() {
    return em.createQuery("select f from Feed f order by f.createdAt, f.id", Feed.class)
        .getResultList();
  }

  /** The feeds whose next fetch has come, the longest waiting first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Feed> due(Instant now, int limit) {
    return em.createQuery(
            "select f from Feed f where f.nextFetchAt <= :now order by f.nextFetchAt, f.id",
            Feed.class)
        .setParameter("now", now)
        .setMaxResults(limit)
        .getResultList();
  }

  @Transactional
  public boolean delete(String id) {
    return em.createQuery("delete from Feed f where f.id = :id")
            .setParameter("id", id)
            .executeUpdate()
        == 1;
  }

  /**
   * A fetch that brought a document: its validators replace the last ones (only now that its
   * entries are with the intake, so a fetch that failed on the way fetches them again).
   */
  @Transactional
  public void recordDocument(String id, FetchRecord fetch, String etag, String lastModified) {
    em.createQuery(
            "update Feed f set f.lastFetchAt = :at, f.lastOutcome = :outcome,"
                + " f.lastHttpStatus = :status, f.lastError = :error, f.etag = :etag,"
                + " f.lastModified = :lastModified, f.fetches = f.fetches + 1,"
                + " f.consecutiveFailures = 0, f.entriesSeen = f.entriesSeen + :seen,"
                + " f.entriesAccepted = f.entriesAccepted + :accepted,"
                + " f.entriesRefused = f.entriesRefused + :refused, f.nextFetchAt = :next"
                + " where f.id = :id")
        .setParameter("at", fetch.at())
        .setParameter("outcome", fetch.outcome().label())
        .setParameter("status", fetch.httpStatus())
        .setParameter("error", shorten(fetch.error()))
        .setParameter("etag", etag != null && etag.length() <= 500 ? etag : null)
        .setParameter(
            "lastModified",
            lastModified != null && lastModified.length() <= 100 ? lastModified : null)
        .setParameter("seen", (long) fetch.entriesSeen())
        .setParameter("accepted", (long) fetch.entriesAccepted())
        .setParameter("refused", (long) fetch.entriesRefused())
        .setParameter("next", fetch.nextFetchAt())
        .setParameter("id", id)
        .executeUpdate();
  }

  /** A 304: nothing new; the validators stay. */
  @Transactional
  public void recordNotModified(String id, FetchRecord fetch) {
    em.createQuery(
            "update Feed f set f.lastFetchAt = :at, f.lastOutcome = :outcome,"
                + " f.lastHttpStatus = :status, f.lastError = null, f.fetches = f.fetches + 1,"
                + " f.consecutiveFailures = 0, f.nextFetchAt = :next where f.id = :id")
        .setParameter("at", fetch.at())
        .setParameter("outcome", fetch.outcome().label())
        .setParameter("status", fetch.httpStatus())
        .setParameter("next", fetch.nextFetchAt())
        .setParameter("id", id)
        .executeUpdate();
  }

  /** A failed fetch: one more failure in a row; the validators stay. */
  @Transactional
  public void recordFailure(String id, FetchRecord fetch) {
    em.createQuery(
            "update Feed f set f.lastFetchAt = :at, f.lastOutcome = :outcome,"
                + " f.lastHttpStatus = :status, f.lastError = :error, f.fetches = f.fetches + 1,"
                + " f.failures = f.failures + 1,"
                + " f.consecutiveFailures = f.consecutiveFailures + 1,"
                + " f.entriesSeen = f.entriesSeen + :seen, f.nextFetchAt = :next"
                + " where f.id = :id")
        .setParameter("at", fetch.at())
        .setParameter("outcome", fetch.outcome().label())
        .setParameter("status", fetch.httpStatus())
        .setParameter("error", shorten(fetch.error()))
        .setParameter("seen", (long) fetch.entriesSeen())
        .setParameter("next", fetch.nextFetchAt())
        .setParameter("id", id)
        .executeUpdate();
  }

  private static String shorten(String text) {
    return text == null || text.length() <= MAX_ERROR
        ? text
        : text.substring(0, MAX_ERROR - 1) + "…";
  }
}
