package org.briefing.classification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.briefing.articles.entity.Article;
import org.briefing.articles.entity.ArticleStatus;
import org.briefing.articles.entity.ArticleTag;
import org.briefing.classification.entity.Classification;
import org.briefing.classification.entity.ClassificationJson;
import org.briefing.pipeline.control.PipelineMetrics;

/**
 * Classifies stored articles, each once. A redelivered message finds its articles already
 * classified and changes nothing.
 */
@ApplicationScoped
public class ArticleClassification {

  private static final Logger LOG = Logger.getLogger(ArticleClassification.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Classifier classifier;
  @Inject Clock clock;
  @Inject ClassificationEvents events;
  @Inject PipelineMetrics metrics;

  /**
   * Classifies a batch of stored articles in one transaction, and hands the relevant ones to the
   * ledger in one message. Articles already classified (a redelivered message) are left alone. A
   * message naming no stored article at all came from elsewhere: it fails, is retried and finally
   * dead-lettered.
   */
  @Transactional
  public void classifyAll(List<String> articleIds) {
    List<Article> articles =
        em.createNamedQuery(Article.BY_IDS, Article.class)
            .setParameter("ids", articleIds)
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultList();
    if (articles.isEmpty()) {
      throw new IllegalStateException("article=" + articleIds + " is not (yet) stored");
    }
    if (articles.size() < articleIds.size()) {
      LOG.warning(
          () ->
              "Of "
                  + articleIds
                  + " only "
                  + articles.stream().map(Article::id).toList()
                  + " are stored; the rest were taken back at intake");
    }
    List<String> relevant = new ArrayList<>();
    StringJoiner logLine = new StringJoiner("; ");
    for (Article article : articles) {
      if (classify(article, logLine)) {
        relevant.add(article.id());
      }
    }
    if (logLine.length() > 0) {
      LOG.info(logLine::toString); // one line a batch: a line each cost a tenth of this stage
    }
    if (!relevant.isEmpty()) {
      events.relevantClassified(relevant);
    }
  }

  /**
   * One article: true if it is newly classified as relevant. Adds what it found to the log line.
   */
  private boolean classify(Article article, StringJoiner logLine) {
    String articleId = article.id();
    if (article.status() != ArticleStatus.QUEUED) {
      LOG.fine(() -> "article=" + articleId + " was already " + article.status().label());
      return false;
    }
    Classification result;
    try {
      result = classifier.classify(article.title(), article.body());
    } catch (RuntimeException e) {
      // A classifier fault is not transient: retrying would fail the same way.
      LOG.log(Level.WARNING, "article=" + articleId + " could not be classified", e);
      article.failed(Instant.now(clock), "classifier error: " + e);
      metrics.articleFailed();
      return false;
    }
    article.classified(
        Instant.now(clock),
        result.relevant(),
        result.score(),
        ClassificationJson.write(result),
        result.topics(),
        result.actors());
    ArticleTag.of(articleId, result.topics(), result.actors()).forEach(em::persist);
    metrics.articleClassified(article.receivedAt());
    logLine.add(
        "article="
            + articleId
            + " classified: relevant="
            + result.relevant()
            + " topics="
            + result.topics()
            + " actors="
            + result.actors());
    return result.relevant();
  }
}
