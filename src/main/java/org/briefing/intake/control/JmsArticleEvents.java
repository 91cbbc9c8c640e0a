package org.briefing.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.Map;
import org.briefing.intake.entity.Article;
import org.briefing.platform.control.QueueSender;
import org.briefing.platform.control.Queues;
import org.briefing.platform.entity.OutboxMessage;

/**
 * Puts accepted articles on the articles queue: written in the caller's transaction, sent after.
 */
@ApplicationScoped
public class JmsArticleEvents implements ArticleEvents {

  @Inject QueueSender sender;

  @Override
  public OutboxMessage received(Article article) {
    String json = Json.createObjectBuilder().add("articleId", article.id()).build().toString();
    return sender.sendAfterCommit(
        Queues.ARTICLES,
        json,
        Map.of(
            "articleId", article.id(), "source", article.source() == null ? "" : article.source()));
  }
}
