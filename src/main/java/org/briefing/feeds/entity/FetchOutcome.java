package org.briefing.feeds.entity;

import java.util.Locale;

/** How a feed's last fetch ended. */
public enum FetchOutcome {
  /** The document was read and its entries handed to the intake. */
  OK,
  /** The server answered 304: nothing new since the last fetch. */
  NOT_MODIFIED,
  /** No document: an HTTP error, a refused address or redirect, a timeout, or unreadable XML. */
  FAILED;

  /** As the API and the database spell it: {@code ok}, {@code not-modified}, {@code failed}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  public static FetchOutcome of(String label) {
    return label == null ? null : valueOf(label.toUpperCase(Locale.ROOT).replace('-', '_'));
  }
}
