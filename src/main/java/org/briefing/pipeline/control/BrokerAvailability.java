package org.briefing.pipeline.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Whether the broker answers the service now, asked at most once per {@link #FRESH} and waited for
 * at most {@link #LIMIT}: intake refuses articles quickly while the broker is away instead of
 * storing work that cannot flow (the same look as the readiness check). One request looks when the
 * answer is stale; the others meanwhile take the last answer instead of queueing behind it (under
 * load a synchronized look held every post for hundreds of milliseconds).
 */
@ApplicationScoped
public class BrokerAvailability {

  static final Duration LIMIT = Duration.ofSeconds(2);
  static final Duration FRESH = Duration.ofSeconds(1);

  @Inject BrokerProbe broker;
  @Inject TimeLimited timeLimited;

  private final AtomicBoolean looking = new AtomicBoolean();
  private volatile long checkedAt = System.nanoTime() - FRESH.toNanos();
  private volatile boolean available = true;

  public boolean available() {
    if (System.nanoTime() - checkedAt < FRESH.toNanos() || !looking.compareAndSet(false, true)) {
      return available;
    }
    try {
      timeLimited.call(
          "broker", () -> broker.messageCounts(List.of(Queues.ARTICLES), LIMIT), LIMIT);
      available = true;
    } catch (Exception e) {
      available = false;
    } finally {
      checkedAt = System.nanoTime();
      looking.set(false);
    }
    return available;
  }
}
