package org.briefing.operations.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RememberedTest {

  private Instant now = Instant.parse("2026-01-01T00:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };

  @Test
  void asksAgainOnlyOnceTheAnswerIsOld() {
    Remembered<Integer> remembered = new Remembered<>(Duration.ofSeconds(10), clock);
    AtomicInteger asked = new AtomicInteger();
    for (int i = 0; i < 50; i++) {
      assertThat(remembered.get(asked::incrementAndGet)).isEqualTo(1);
    }
    now = now.plusSeconds(9);
    assertThat(remembered.get(asked::incrementAndGet)).isEqualTo(1);
    now = now.plusSeconds(1);
    assertThat(remembered.get(asked::incrementAndGet)).isEqualTo(2);
    assertThat(asked).hasValue(2);
  }
}
