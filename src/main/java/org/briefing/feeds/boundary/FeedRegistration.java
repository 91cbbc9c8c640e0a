package org.briefing.feeds.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.briefing.web.boundary.NoControlCharacters;

/**
 * A feed as an operator registers it. The name becomes the source of the feed's articles, so it
 * follows the source's rules. The address rules (no private addresses unless allowed) are checked
 * after these.
 */
public record FeedRegistration(
    @NotBlank(message = "is required")
        @Size(max = 2048, message = "must be at most {max} characters")
        @Pattern(
            regexp = "https?://[^\\s\\p{Cntrl}<>\"]+",
            flags = Pattern.Flag.CASE_INSENSITIVE,
            message = "must be an absolute http or https URL")
        String url,
    @NotBlank(message = "is required")
        @Size(max = 200, message = "must be at most {max} characters")
        @NoControlCharacters
        @Pattern(regexp = "[^\\p{Cntrl}<>]*", message = "must be plain text")
        String name,
    @Min(value = FeedRegistration.MIN_POLL_MINUTES, message = "must be at least {value} minutes")
        @Max(value = FeedRegistration.MAX_POLL_MINUTES, message = "must be at most {value} minutes")
        Integer pollMinutes) {

  public static final int MIN_POLL_MINUTES = 5;
  public static final int MAX_POLL_MINUTES = 1440;
  public static final int DEFAULT_POLL_MINUTES = 30;
}
