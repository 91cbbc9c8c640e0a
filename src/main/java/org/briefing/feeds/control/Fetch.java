package org.briefing.feeds.control;

import java.net.URI;

/** What one fetch of a feed came back with. */
public sealed interface Fetch {

  /**
   * A document (200).
   *
   * @param url where it was found, after any redirects: entries' relative links resolve against it
   * @param etag the validators to send with the next fetch, each null when the server sent none
   */
  record Document(byte[] body, String contentType, URI url, String etag, String lastModified)
      implements Fetch {}

  /** 304: nothing changed since the validators we sent. */
  record NotModified() implements Fetch {}

  /**
   * No document.
   *
   * @param httpStatus the server's status, or null when none came (refused address, timeout)
   * @param reason what went wrong, for the operator
   * @param retryAfter the server's Retry-After header, or null
   */
  record Failed(Integer httpStatus, String reason, String retryAfter) implements Fetch {}
}
