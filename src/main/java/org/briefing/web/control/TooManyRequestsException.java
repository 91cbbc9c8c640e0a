package org.briefing.web.control;

/** A client over its rate limit: answered 429 with Retry-After. */
public class TooManyRequestsException extends RuntimeException {

  public TooManyRequestsException(String message) {
    super(message);
  }
}
