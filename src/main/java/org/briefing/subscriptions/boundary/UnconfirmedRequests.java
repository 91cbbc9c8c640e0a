package org.briefing.subscriptions.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.briefing.subscriptions.control.Subscriptions;

/**
 * Every hour, forgets the subscription requests that were never confirmed and long expired, and the
 * subscribe limits' counts whose window closed.
 */
@Singleton
public class UnconfirmedRequests {

  private static final Logger LOG = Logger.getLogger(UnconfirmedRequests.class.getName());

  @Inject Subscriptions subscriptions;
  @Inject Clock clock;

  @Schedule(minute = "23", hour = "*", persistent = false)
  void forgetExpired() {
    try {
      int forgotten = subscriptions.forgetUnconfirmed(Instant.now(clock));
      if (forgotten > 0) {
        LOG.info(() -> "Forgot " + forgotten + " subscription requests never confirmed");
      }
      subscriptions.forgetClosedLimits(Instant.now(clock));
    } catch (RuntimeException e) {
      // The next hour tries again.
      LOG.log(Level.WARNING, "Unconfirmed subscription requests could not be forgotten now", e);
    }
  }
}
