package org.briefing.intake.control;

import java.time.Instant;

/** A validated submission, normalised and fingerprinted, ready to store. */
public record NewArticle(
    String title,
    String body,
    String url,
    String urlKey,
    String contentHash,
    String source,
    String language,
    Instant publishedAt) {}
