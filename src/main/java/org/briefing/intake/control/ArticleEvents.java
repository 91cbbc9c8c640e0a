package org.briefing.intake.control;

import org.briefing.intake.entity.Article;
import org.briefing.platform.entity.OutboxMessage;

/** What intake tells the rest of the pipeline; the transport stays behind this interface. */
public interface ArticleEvents {

  /**
   * An article was accepted and is being stored; it must now be classified. Returns the message
   * that says so, which the caller sends once the article is committed.
   */
  OutboxMessage received(Article article);
}
