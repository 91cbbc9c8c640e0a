package org.briefing.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.briefing.articles.control.ArticleBatch;
import org.briefing.articles.entity.Article;
import org.briefing.outbox.control.QueueSender;
import org.briefing.outbox.entity.OutboxMessage;
import org.briefing.pipeline.control.Queues;

/**
 * Puts accepted articles on the articles queue, one message per batch stored together: written in
 * the caller's transaction, sent after.
 */
@ApplicationScoped
public class JmsArticleEvents implements ArticleEvents {

  @Inject QueueSender sender;

  @Override
  public OutboxMessage received(List<Article> articles) {
    List<String> ids = articles.stream().map(Article::id).toList();
    return sender.sendAfterCommit(
        Queues.ARTICLES, ArticleBatch.json(ids), ArticleBatch.properties(ids));
  }
}
