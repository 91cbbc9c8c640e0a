package org.briefing.digest.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.briefing.digest.control.DigestRound;
import org.briefing.subscriptions.entity.Frequency;

/**
 * Every five minutes, sends the daily and weekly digests whose hour has come in their subscribers'
 * own time zones. A singleton: one round at a time.
 */
@Singleton
public class DigestScheduler {

  private static final Logger LOG = Logger.getLogger(DigestScheduler.class.getName());

  @Inject DigestRound round;
  @Inject Clock clock;

  @Schedule(minute = "*/5", hour = "*", persistent = false)
  void deliverDue() {
    Instant now = Instant.now(clock);
    for (Frequency frequency : new Frequency[] {Frequency.DAILY, Frequency.WEEKLY}) {
      try {
        round.runDue(frequency, now);
      } catch (RuntimeException e) {
        // The next tick tries again; nothing was marked as sent for a failed subscriber.
        LOG.log(Level.WARNING, frequency.label() + " digests could not be sent now", e);
      }
    }
  }
}
