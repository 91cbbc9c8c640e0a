package org.briefing.platform.control;

import java.time.Duration;

/**
 * A dependency the request needs is away; nothing of the request was kept. Answered with 503 and
 * {@code Retry-After}.
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
