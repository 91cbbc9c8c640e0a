package org.briefing.articles.control;

import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * How a stage takes the articles of one message: all in one transaction, and when that fails, each
 * on its own, so that one article that cannot be processed does not hold back the others. If any
 * still fails, the message fails: the broker redelivers it (the articles done are then skipped, as
 * every stage is idempotent) and finally dead-letters it, where an operator finds the articles that
 * are left.
 */
public final class ArticleBatches {

  private static final Logger LOG = Logger.getLogger(ArticleBatches.class.getName());

  private ArticleBatches() {}

  public static void process(
      List<String> articleIds, Consumer<List<String>> together, Consumer<String> alone) {
    try {
      together.accept(articleIds);
      return;
    } catch (RuntimeException e) {
      if (articleIds.size() == 1) {
        throw e;
      }
      LOG.warning(
          () -> "A batch of " + articleIds.size() + " articles failed; each on its own now: " + e);
    }
    RuntimeException failure = null;
    for (String articleId : articleIds) {
      try {
        alone.accept(articleId);
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
