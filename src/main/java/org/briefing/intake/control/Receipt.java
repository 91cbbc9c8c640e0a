package org.briefing.intake.control;

/**
 * The answer to a submission.
 *
 * @param id the article's id (the first one's, for a duplicate)
 * @param status the article's status now
 * @param duplicate whether the article had been received before, and so was not queued again
 */
public record Receipt(String id, String status, boolean duplicate) {}
