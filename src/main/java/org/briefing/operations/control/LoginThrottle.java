package org.briefing.operations.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed logins per key (a client's address and the user name it tried): after {@code allowed}
 * failures within the window the key is refused until the oldest failure leaves it, whatever
 * password it sends. A success forgets the key's failures. Remembers a bounded number of keys.
 * Plain Java, thread-safe.
 */
public final class LoginThrottle {

  private final int allowed;
  private final Duration window;
  private final Clock clock;
  private final Map<String, Deque<Instant>> failures;

  public LoginThrottle(int allowed, Duration window, int maxKeys, Clock clock) {
    this.allowed = allowed;
    this.window = window;
    this.clock = clock;
    this.failures =
        new LinkedHashMap<>(16, 0.75f, true) {
          @Override
          protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > maxKeys;
          }
        };
  }

  /** How long the key must still wait, or {@link Duration#ZERO} if it may try. */
  public synchronized Duration wait(String key) {
    Deque<Instant> times = recent(key);
    if (times == null || times.size() < allowed) {
      return Duration.ZERO;
    }
    return Duration.between(Instant.now(clock), times.peekFirst().plus(window));
  }

  public synchronized void failed(String key) {
    recent(key);
    failures.computeIfAbsent(key, k -> new ArrayDeque<>()).addLast(Instant.now(clock));
  }

  public synchronized void succeeded(String key) {
    failures.remove(key);
  }

  private Deque<Instant> recent(String key) {
    Deque<Instant> times = failures.get(key);
    if (times != null) {
      Instant horizon = Instant.now(clock).minus(window);
      while (!times.isEmpty() && !times.peekFirst().isAfter(horizon)) {
        times.pollFirst();
      }
    }
    return times;
  }
}
