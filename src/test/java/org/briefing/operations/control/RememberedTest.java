package org.briefing.operations.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.briefing.pipeline.control.MovingClock;
import org.junit.jupiter.api.Test;

class RememberedTest {

  private final MovingClock clock = new MovingClock("2026-01-01T00:00:00Z");

  @Test
  void asksAgainOnlyOnceTheAnswerIsOld() {
    Remembered<Integer> remembered = new Remembered<>(Duration.ofSeconds(10), clock);
    AtomicInteger asked = new AtomicInteger();
    for (int i = 0; i < 50; i++) {
      assertThat(remembered.get(asked::incrementAndGet)).isEqualTo(1);
    }
    clock.advance(Duration.ofSeconds(9));
    assertThat(remembered.get(asked::incrementAndGet)).isEqualTo(1);
    clock.advance(Duration.ofSeconds(1));
    assertThat(remembered.get(asked::incrementAndGet)).isEqualTo(2);
    assertThat(asked).hasValue(2);
  }
}
