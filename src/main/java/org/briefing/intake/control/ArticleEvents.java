package org.briefing.intake.control;

import org.briefing.intake.entity.Article;

/** What intake tells the rest of the pipeline; the transport stays behind this interface. */
public interface ArticleEvents {

  /** An article was accepted and stored; it must now be classified. */
  void received(Article article);
}
