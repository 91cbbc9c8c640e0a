package org.briefing.web.control;

import java.time.Duration;

/**
 * A dependency the request needs is away. Answered with 503 and {@code Retry-After}; the message
 * says what, if anything, of the request was kept.
 */
public class UnavailableException extends RuntimeException {

  private final Duration retryAfter;

  public UnavailableException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
