package org.briefing.operations.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private Instant now = Instant.parse("2026-01-01T00:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), 100, clock);

  @Test
  void afterTheAllowedFailuresTheKeyWaitsUntilTheOldestLeavesTheWindow() {
    for (int i = 0; i < 3; i++) {
      assertThat(throttle.wait("10.0.0.1|operator")).isZero();
      throttle.failed("10.0.0.1|operator");
      now = now.plus(Duration.ofMinutes(1));
    }
    assertThat(throttle.wait("10.0.0.1|operator")).isEqualTo(Duration.ofMinutes(12));
    assertThat(throttle.wait("10.0.0.2|operator")).as("another client").isZero();
    now = now.plus(Duration.ofMinutes(12));
    assertThat(throttle.wait("10.0.0.1|operator")).isZero();
  }

  @Test
  void aSuccessForgetsTheFailures() {
    throttle.failed("k");
    throttle.failed("k");
    throttle.succeeded("k");
    throttle.failed("k");
    throttle.failed("k");
    assertThat(throttle.wait("k")).isZero();
  }
}
