package org.briefing.operations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.briefing.platform.control.Queues;

/**
 * Whether the broker answers the service now, asked at most once per {@link #FRESH} and waited for
 * at most {@link #LIMIT}: intake refuses articles quickly while the broker is away instead of
 * storing work that cannot flow (the same look as the readiness check).
 */
@ApplicationScoped
public class BrokerAvailability {

  static final Duration LIMIT = Duration.ofSeconds(2);
  static final Duration FRESH = Duration.ofSeconds(1);

  @Inject BrokerProbe broker;
  @Inject TimeLimited timeLimited;

  private long checkedAt = Long.MIN_VALUE;
  private boolean available;

  public synchronized boolean available() {
    long now = System.nanoTime();
    if (checkedAt != Long.MIN_VALUE && now - checkedAt < FRESH.toNanos()) {
      return available;
    }
    try {
      timeLimited.call(
          "broker", () -> broker.messageCounts(List.of(Queues.ARTICLES), LIMIT), LIMIT);
      available = true;
    } catch (Exception e) {
      available = false;
    }
    checkedAt = System.nanoTime();
    return available;
  }
}
