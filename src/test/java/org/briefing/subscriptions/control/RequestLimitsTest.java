package org.briefing.subscriptions.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.briefing.pipeline.control.MovingClock;
import org.briefing.schema.control.H2Schema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Request limits counted in the database, as two nodes and a restart see them (H2). */
class RequestLimitsTest {

  private static final Duration HOUR = Duration.ofHours(1);

  @Test
  void twoNodesShareOneWindowPerKey() {
    JdbcDataSource ds = H2Schema.migrated("limits-nodes");
    MovingClock clock = new MovingClock("2026-03-01T10:00:00Z");
    RequestLimits one = new RequestLimits(ds, clock);
    RequestLimits other = new RequestLimits(ds, clock); // another node, or this one restarted

    for (int i = 0; i < 3; i++) {
      assertThat(one.tryAcquire("inbox a@example.org", 5, HOUR)).isTrue();
      assertThat(other.tryAcquire("inbox a@example.org", 5, HOUR)).isEqualTo(i < 2);
    }
    assertThat(one.tryAcquire("inbox a@example.org", 5, HOUR)).isFalse();
    assertThat(one.tryAcquire("inbox b@example.org", 5, HOUR)).isTrue();
  }

  @Test
  void aWindowClosesAnHourAfterItsFirstRequest() {
    JdbcDataSource ds = H2Schema.migrated("limits-window");
    MovingClock clock = new MovingClock("2026-03-01T10:00:00Z");
    RequestLimits limits = new RequestLimits(ds, clock);
    assertThat(limits.tryAcquire("client 203.0.113.9", 2, HOUR)).isTrue();
    clock.advance(Duration.ofMinutes(30));
    assertThat(limits.tryAcquire("client 203.0.113.9", 2, HOUR)).isTrue();
    assertThat(limits.tryAcquire("client 203.0.113.9", 2, HOUR)).isFalse();

    clock.advance(Duration.ofMinutes(30)); // an hour after the first
    assertThat(limits.tryAcquire("client 203.0.113.9", 2, HOUR)).isTrue();
    assertThat(limits.tryAcquire("client 203.0.113.9", 2, HOUR)).isTrue();
    assertThat(limits.tryAcquire("client 203.0.113.9", 2, HOUR)).isFalse();

    clock.advance(Duration.ofHours(2));
    assertThat(limits.forgetClosedBefore(clock.instant().minus(HOUR))).isEqualTo(1);
    assertThat(limits.tryAcquire("client 203.0.113.9", 2, HOUR)).isTrue();
  }
}
