package org.briefing.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.briefing.intake.entity.Article;
import org.briefing.platform.control.ArticleBatch;
import org.briefing.platform.control.QueueSender;
import org.briefing.platform.control.Queues;
import org.briefing.platform.entity.OutboxMessage;

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
