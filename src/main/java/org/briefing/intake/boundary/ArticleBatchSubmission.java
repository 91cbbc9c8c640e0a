package org.briefing.intake.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.briefing.intake.entity.ArticleSubmission;

/**
 * Several articles in one post, for newsrooms and scrapers that have many at once: stored and
 * queued together. Each article is checked as a single post is; one invalid article refuses the
 * whole post, so that nothing of it is stored.
 */
public record ArticleBatchSubmission(
    @NotNull(message = "is required: a list of 1 to {max} articles")
        @Size(min = 1, max = ArticleBatchSubmission.MAX, message = "must hold 1 to {max} articles")
        List<@NotNull(message = "must be an article object") @Valid ArticleSubmission> articles) {

  /** The most articles one post takes (and the whole body stays under 1 MiB). */
  public static final int MAX = 100;
}
