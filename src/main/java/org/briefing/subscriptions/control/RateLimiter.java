package org.briefing.subscriptions.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * At most {@code limit} events per key in a sliding window; remembers a bounded number of keys (the
 * oldest are forgotten first). Plain Java, thread-safe.
 */
public final class RateLimiter {

  private final int limit;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> events;

  public RateLimiter(int limit, Duration window, int maxKeys, Clock clock) {
    this.limit = limit;
    this.window = window;
    this.clock = clock;
    this.events =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > maxKeys;
          }
        };
  }

  /**
   * Records an event for the key; false if the key is over its limit (the event is not counted).
   */
  public synchronized boolean tryAcquire(String key) {
    Instant now = Instant.now(clock);
    Deque<Instant> times = events.computeIfAbsent(key, k -> new ArrayDeque<>());
    while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
      times.pollFirst();
    }
    if (times.size() >= limit) {
      return false;
    }
    times.addLast(now);
    return true;
  }
}
