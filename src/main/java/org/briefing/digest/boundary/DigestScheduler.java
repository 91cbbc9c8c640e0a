package org.briefing.digest.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.briefing.digest.control.DigestRound;
import org.briefing.mail.control.MailBodies;
import org.briefing.pipeline.control.Leases;
import org.briefing.subscriptions.entity.Frequency;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every five minutes, sends the daily and weekly digests whose hour has come in their subscribers'
 * own time zones, and forgets the stored email bodies old enough that no message needs them. A
 * singleton: one round at a time on a node; a lease in the database: one round at a time across all
 * nodes (each node's timer fires, the one that holds the lease works).
 */
@Singleton
public class DigestScheduler {

  private static final Logger LOG = Logger.getLogger(DigestScheduler.class.getName());

  /** Stored email bodies are kept this long: far longer than any retry from a dead-letter queue. */
  static final Duration KEEP_BODIES = Duration.ofDays(30);

  @Inject DigestRound round;
  @Inject MailBodies bodies;
  @Inject Clock clock;
  @Inject Leases leases;

  static final String LEASE = "digest-round";

  /** Longer than a round takes, shorter than the five minutes between rounds. */
  static final Duration ROUND_LEASE = Duration.ofMinutes(4);

  /**
   * Off only where rounds are run by hand as of chosen moments (the integration tests' readers live
   * in the past, where the real clock's rounds would serve them too).
   */
  @Inject
  @ConfigProperty(name = "digest.scheduler.enabled", defaultValue = "true")
  boolean enabled;

  /**
   * A node that stops (or a redeploy) hands the round on at once: the next node's timer would
   * otherwise wait up to {@link #ROUND_LEASE} for the lease to expire.
   */
  @PreDestroy
  void handOver() {
    leases.release(LEASE);
  }

  @Schedule(minute = "*/5", hour = "*", persistent = false)
  void deliverDue() {
    if (!enabled || !leases.tryHold(LEASE, ROUND_LEASE)) {
      return; // off here, or another node runs this round
    }
    Instant now = Instant.now(clock);
    for (Frequency frequency : new Frequency[] {Frequency.DAILY, Frequency.WEEKLY}) {
      try {
        round.runDue(frequency, now);
      } catch (RuntimeException e) {
        // The next tick tries again; nothing was marked as sent for a failed subscriber.
        LOG.log(Level.WARNING, frequency.label() + " digests could not be sent now", e);
      }
    }
    try {
      bodies.forgetStoredBefore(now.minus(KEEP_BODIES));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Old email bodies could not be deleted now", e);
    }
  }
}
