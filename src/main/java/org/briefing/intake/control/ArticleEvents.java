package org.briefing.intake.control;

import java.util.List;
import org.briefing.articles.entity.Article;
import org.briefing.outbox.entity.OutboxMessage;

/** What intake tells the rest of the pipeline; the transport stays behind this interface. */
public interface ArticleEvents {

  /**
   * Articles were accepted and are being stored; they must now be classified. Returns the one
   * message that says so, which the caller sends once the articles are committed.
   */
  OutboxMessage received(List<Article> articles);
}
