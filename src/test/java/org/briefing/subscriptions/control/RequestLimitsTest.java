package org.briefing.subscriptions.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.briefing.pipeline.control.MovingClock;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Request limits counted in the database, as two nodes and a restart see them (H2). */
class RequestLimitsTest {

  private static final Duration HOUR = Duration.ofHours(1);

  private static JdbcDataSource database(String name) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    return ds;
  }

  @Test
  void twoNodesShareOneWindowPerKey() {
    JdbcDataSource ds = database("limits-nodes");
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
    JdbcDataSource ds = database("limits-window");
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
