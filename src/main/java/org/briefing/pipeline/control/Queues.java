package org.briefing.pipeline.control;

/** The physical names of the pipeline's queues, as declared in the broker's configuration. */
public final class Queues {

  /** Accepted articles waiting to be classified. */
  public static final String ARTICLES = "briefing.articles";

  /** Classified relevant articles waiting for the ledger. */
  public static final String LEDGER = "briefing.ledger";

  /** Articles the ledger has read, waiting to be matched against immediate subscriptions. */
  public static final String ALERTS = "briefing.alerts";

  /** Emails waiting to be sent: confirmations, alerts and digests. */
  public static final String MAIL = "briefing.mail";

  private Queues() {}
}
