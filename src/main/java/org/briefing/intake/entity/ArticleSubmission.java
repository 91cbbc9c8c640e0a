package org.briefing.intake.entity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.briefing.web.boundary.NoControlCharacters;
import org.briefing.web.boundary.NoMarkup;

/**
 * An article as a client posts it. Limits are generous for news copy and keep one request well
 * under the 1 MiB body limit.
 */
public record ArticleSubmission(
    @NotBlank(message = "is required")
        @Size(max = 500, message = "must be at most {max} characters")
        @NoControlCharacters
        @NoMarkup
        String title,
    @NotBlank(message = "is required")
        @Size(max = 200_000, message = "must be at most {max} characters")
        @NoControlCharacters(
            lineBreaksAllowed = true,
            message = "must not contain control characters other than tab and line breaks")
        String body,
    @Size(max = 2048, message = "must be at most {max} characters")
        @Pattern(
            regexp = "https?://[^\\s\\p{Cntrl}<>\"]+",
            flags = Pattern.Flag.CASE_INSENSITIVE,
            message = "must be an absolute http or https URL")
        String url,
    @Size(max = 200, message = "must be at most {max} characters")
        @Pattern(regexp = "[^\\p{Cntrl}<>]*", message = "must be plain text")
        String source,
    @Pattern(
            regexp =
                "\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2}))?",
            message =
                "must be an ISO-8601 date (2025-02-25) or date-time with offset"
                    + " (2025-02-25T09:30:00Z)")
        String publishedAt,
    @Pattern(
            regexp = "[a-z]{2,3}(-[A-Za-z]{2,4})?",
            message = "must be a language tag such as en or en-GB")
        String language) {}
