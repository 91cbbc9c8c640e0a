package org.briefing.feeds.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.briefing.feeds.control.FeedPoller;
import org.briefing.feeds.control.FeedStore;
import org.briefing.feeds.entity.Feed;
import org.briefing.pipeline.control.Leases;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Every 15 seconds, polls the feeds that are due. A singleton: one round at a time on a node; a
 * lease in the database, renewed before each feed: one round at a time across all nodes, as for the
 * digest round. No transaction around the round: each fetch's record is its own, and a fetch may
 * take as long as the fetch limits allow.
 */
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class FeedScheduler {

  private static final Logger LOG = Logger.getLogger(FeedScheduler.class.getName());

  static final String LEASE = "feed-poll";

  /** Longer than one feed's fetch and intake take; renewed before each feed. */
  static final Duration ROUND_LEASE = Duration.ofMinutes(2);

  /** Feeds polled in one round at most; the rest are due in the next. */
  static final int FEEDS_PER_ROUND = 50;

  @Inject FeedStore store;
  @Inject FeedPoller poller;
  @Inject Leases leases;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "feeds.poller.enabled", defaultValue = "true")
  boolean enabled;

  /** A node that stops (or a redeploy) hands the round on at once rather than when it expires. */
  @PreDestroy
  void handOver() {
    leases.release(LEASE);
  }

  @Schedule(second = "*/15", minute = "*", hour = "*", persistent = false)
  void pollDue() {
    try {
      if (!enabled || !leases.tryHold(LEASE, ROUND_LEASE)) {
        return; // off here, or another node polls
      }
      for (Feed feed : store.due(Instant.now(clock), FEEDS_PER_ROUND)) {
        if (!leases.tryHold(LEASE, ROUND_LEASE)) {
          return; // the lease went to another node (this one was too slow): it goes on
        }
        poller.poll(feed);
      }
    } catch (RuntimeException e) {
      // The database is away, most likely: what was not recorded stays due for the next round.
      LOG.log(Level.WARNING, "Feeds could not be polled now: " + e);
    }
  }
}
