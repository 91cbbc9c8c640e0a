package org.briefing.digest.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.briefing.articles.entity.Article;
import org.briefing.articles.entity.ArticleTag;
import org.briefing.classification.entity.Classification;
import org.briefing.classification.entity.ClassificationJson;
import org.briefing.ledger.entity.Change;

/** Reads what briefings are made of: relevant articles and the ledger's changes. */
@ApplicationScoped
public class BriefingItems {

  @PersistenceContext EntityManager em;

  public List<DigestArticle> articlesClassified(Instant since, Instant until) {
    return em.createQuery(
            "select a from Article a where a.relevant = true and a.classifiedAt > :since"
                + " and a.classifiedAt <= :until order by a.classifiedAt",
            Article.class)
        .setParameter("since", since)
        .setParameter("until", until)
        .getResultStream()
        .map(BriefingItems::toDigestArticle)
        .toList();
  }

  public List<ChangeLine> changesDetected(Instant since, Instant until) {
    return em.createQuery(
            "select c from Change c where c.detectedAt > :since and c.detectedAt <= :until"
                + " order by c.happenedAt",
            Change.class)
        .setParameter("since", since)
        .setParameter("until", until)
        .getResultStream()
        .map(BriefingItems::toChangeLine)
        .toList();
  }

  /**
   * The newest relevant articles classified since a moment that carry any of the topics and any of
   * the actors (empty: all), at most {@code max}: a reader's feed. The tags narrow the read in the
   * database; {@link BriefingContents} still decides what matches, as for a digest.
   */
  public List<DigestArticle> latestArticles(
      List<String> topics, List<String> actors, Instant since, int max) {
    String tagged =
        (topics.isEmpty()
                ? ""
                : " and a.id in (select t.articleId from ArticleTag t where t.kind = :topicKind"
                    + " and t.tag in :topics)")
            + (actors.isEmpty()
                ? ""
                : " and a.id in (select c.articleId from ArticleTag c where c.kind = :actorKind"
                    + " and c.tag in :actors)");
    // the columns a briefing shows, never the body (up to 200,000 characters an article)
    TypedQuery<Object[]> query =
        em.createQuery(
                "select a.id, a.title, a.url, a.source, a.publishedAt, a.classifiedAt,"
                    + " a.classificationJson from Article a where a.relevant = true"
                    + " and a.classifiedAt > :since"
                    + tagged
                    + " order by a.classifiedAt desc",
                Object[].class)
            .setParameter("since", since)
            .setMaxResults(max);
    if (!topics.isEmpty()) {
      query.setParameter("topicKind", ArticleTag.TOPIC).setParameter("topics", topics);
    }
    if (!actors.isEmpty()) {
      query.setParameter("actorKind", ArticleTag.ACTOR).setParameter("actors", actors);
    }
    return query
        .getResultStream()
        .map(
            row ->
                toDigestArticle(
                    (String) row[0],
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (Instant) row[4],
                    (Instant) row[5],
                    (String) row[6]))
        .toList();
  }

  /** The newest changes detected since a moment, at most {@code max}, with their sources. */
  public List<ChangeLine> latestChanges(Instant since, int max) {
    return em.createQuery(
            "select c from Change c where c.detectedAt > :since order by c.detectedAt desc",
            Change.class)
        .setParameter("since", since)
        .setMaxResults(max)
        .setHint("eclipselink.batch", "c.sources")
        .setHint("eclipselink.batch.type", "IN")
        .getResultStream()
        .map(BriefingItems::toChangeLine)
        .toList();
  }

  /** The article as a briefing item: none when it is missing or not relevant. */
  public List<DigestArticle> article(Article a) {
    return a == null || !Boolean.TRUE.equals(a.relevant())
        ? List.of()
        : List.of(toDigestArticle(a));
  }

  /**
   * The changes named, by id, in two queries however many there are: the changes, then the sources
   * of all of them (finding them one by one took two queries each).
   */
  public Map<String, ChangeLine> changesById(Collection<String> changeIds) {
    if (changeIds.isEmpty()) {
      return Map.of();
    }
    Map<String, ChangeLine> byId = new HashMap<>();
    em.createNamedQuery(Change.BY_IDS, Change.class)
        .setParameter("ids", changeIds)
        .setHint("eclipselink.batch", "c.sources")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList()
        .forEach(c -> byId.put(c.id(), toChangeLine(c)));
    return byId;
  }

  static ChangeLine toChangeLine(Change c) {
    return new ChangeLine(
        c.id(),
        c.happenedAt(),
        c.detectedAt(),
        c.actor(),
        c.target(),
        c.topic(),
        c.fromType(),
        c.toType(),
        c.kind(),
        c.summary(),
        c.evidence(),
        c.sources().stream()
            .map(s -> new ChangeLine.Source(s.articleId(), s.title(), s.url(), s.source()))
            .toList());
  }

  static DigestArticle toDigestArticle(Article a) {
    return toDigestArticle(
        a.id(),
        a.title(),
        a.url(),
        a.source(),
        a.publishedAt(),
        a.classifiedAt(),
        a.classificationJson());
  }

  private static DigestArticle toDigestArticle(
      String id,
      String title,
      String url,
      String source,
      Instant publishedAt,
      Instant classifiedAt,
      String classificationJson) {
    Classification c = ClassificationJson.read(classificationJson);
    List<String> events =
        c.events().stream()
            .filter(e -> e.type() != null && e.type().scored())
            .map(
                e ->
                    e.actor()
                        + " → "
                        + e.target()
                        + ": "
                        + e.type()
                        + (e.topic() == null ? "" : " (" + e.topic() + ")")
                        + (e.background() ? ", earlier" : ""))
            .distinct()
            .toList();
    return new DigestArticle(
        id,
        title,
        url,
        source,
        publishedAt,
        classifiedAt,
        c.score(),
        c.topics(),
        c.actors(),
        events);
  }
}
