package org.briefing.classification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.briefing.classification.entity.Classification;
import org.briefing.intake.entity.Article;
import org.briefing.intake.entity.ArticleStatus;
import org.briefing.operations.control.PipelineMetrics;
import org.briefing.platform.control.JsonMapper;

/**
 * Classifies one stored article, once. A redelivered message finds the article already classified
 * and changes nothing.
 */
@ApplicationScoped
public class ArticleClassification {

  private static final Logger LOG = Logger.getLogger(ArticleClassification.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Classifier classifier;
  @Inject Clock clock;
  @Inject ClassificationEvents events;
  @Inject PipelineMetrics metrics;

  @Transactional
  public void classify(String articleId) {
    Article article = em.find(Article.class, articleId, LockModeType.PESSIMISTIC_WRITE);
    if (article == null) {
      // The outbox sends an article's message only after the article is committed, so this is a
      // message put on the queue by other means: retried, then dead-lettered.
      throw new IllegalStateException("article=" + articleId + " is not (yet) stored");
    }
    if (article.status() != ArticleStatus.QUEUED) {
      LOG.fine(() -> "article=" + articleId + " was already " + article.status().label());
      return;
    }
    Classification result;
    try {
      result = classifier.classify(article.title(), article.body());
    } catch (RuntimeException e) {
      // A classifier fault is not transient: retrying would fail the same way.
      LOG.log(Level.WARNING, "article=" + articleId + " could not be classified", e);
      article.failed(Instant.now(clock), "classifier error: " + e);
      metrics.articleFailed();
      return;
    }
    article.classified(
        Instant.now(clock),
        result.relevant(),
        result.score(),
        JsonMapper.write(result),
        result.topics(),
        result.actors());
    if (result.relevant()) {
      events.relevantClassified(articleId);
    }
    metrics.articleClassified(article.receivedAt());
    LOG.info(
        () ->
            "article="
                + articleId
                + " classified: relevant="
                + result.relevant()
                + " topics="
                + result.topics()
                + " actors="
                + result.actors());
  }
}
