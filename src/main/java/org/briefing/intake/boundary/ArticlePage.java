package org.briefing.intake.boundary;

import java.util.List;

/**
 * One page of articles, newest first. {@code next} is the cursor of the page after this one (the
 * {@code after} parameter), present when {@code more}.
 */
public record ArticlePage(
    int page, int size, List<ArticleSummary> items, boolean more, String next) {}
