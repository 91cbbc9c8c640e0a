package org.briefing.subscriptions.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T00:00:00Z"));

  @Test
  void allowsTheLimitPerWindowThenRefusesUntilTheWindowMoves() {
    RateLimiter limiter = new RateLimiter(3, Duration.ofHours(1), 100, clock);

    assertThat(limiter.tryAcquire("a")).isTrue();
    assertThat(limiter.tryAcquire("a")).isTrue();
    assertThat(limiter.tryAcquire("a")).isTrue();
    assertThat(limiter.tryAcquire("a")).isFalse();
    assertThat(limiter.tryAcquire("b")).isTrue();
    clock.advance(Duration.ofMinutes(61));
    assertThat(limiter.tryAcquire("a")).isTrue();
  }

  @Test
  void forgetsTheOldestKeysBeyondItsCapacity() {
    RateLimiter limiter = new RateLimiter(1, Duration.ofHours(1), 2, clock);
    limiter.tryAcquire("a");
    limiter.tryAcquire("b");
    limiter.tryAcquire("c"); // "a" is forgotten

    assertThat(limiter.tryAcquire("a")).isTrue();
    assertThat(limiter.tryAcquire("c")).isFalse();
  }

  static final class MutableClock extends Clock {
    private Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void advance(Duration d) {
      now = now.plus(d);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
