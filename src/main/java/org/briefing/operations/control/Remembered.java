package org.briefing.operations.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * The last answer to a question about an outside system, asked again only once it is older than
 * {@code ttl}: a health endpoint polled by anyone must not open a connection to that system per
 * request. Plain Java, thread-safe.
 */
public final class Remembered<T> {

  private record Answer<T>(T value, Instant at) {}

  private final Duration ttl;
  private final Clock clock;
  private Answer<T> last;

  public Remembered(Duration ttl, Clock clock) {
    this.ttl = ttl;
    this.clock = clock;
  }

  public synchronized T get(Supplier<T> ask) {
    Instant now = Instant.now(clock);
    if (last == null || !now.isBefore(last.at().plus(ttl))) {
      last = new Answer<>(ask.get(), now);
    }
    return last.value();
  }
}
