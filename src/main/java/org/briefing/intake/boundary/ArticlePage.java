package org.briefing.intake.boundary;

import java.util.List;

/** One page of articles, newest first. */
public record ArticlePage(int page, int size, List<ArticleSummary> items, boolean more) {}
