package org.briefing.operations.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.briefing.pipeline.control.MovingClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  private final MovingClock clock = new MovingClock("2026-01-01T00:00:00Z");

  private final LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(15), 100, clock);

  @Test
  void afterTheAllowedFailuresTheKeyWaitsUntilTheOldestLeavesTheWindow() {
    for (int i = 0; i < 3; i++) {
      assertThat(throttle.wait("10.0.0.1|operator")).isZero();
      throttle.failed("10.0.0.1|operator");
      clock.advance(Duration.ofMinutes(1));
    }
    assertThat(throttle.wait("10.0.0.1|operator")).isEqualTo(Duration.ofMinutes(12));
    assertThat(throttle.wait("10.0.0.2|operator")).as("another client").isZero();
    clock.advance(Duration.ofMinutes(12));
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
