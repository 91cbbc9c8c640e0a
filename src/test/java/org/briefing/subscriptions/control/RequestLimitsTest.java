package org.briefing.subscriptions.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Request limits counted in the database, as two nodes and a restart see them (H2). */
class RequestLimitsTest {

  private static final Duration HOUR = Duration.ofHours(1);

  /** A clock the test moves. */
  private static final class Moving extends Clock {
    Instant now = Instant.parse("2026-03-01T10:00:00Z");

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
  }

  private static JdbcDataSource database(String name) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    return ds;
  }

  @Test
  void twoNodesShareOneWindowPerKey() {
    JdbcDataSource ds = database("limits-nodes");
    Moving clock = new Moving();
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
    Moving clock = new Moving();
    RequestLimits limits = new RequestLimits(ds, clock);
    assertThat(limits.tryAcquire("client 203.0.113.9", 2, HOUR)).isTrue();
    clock.now = clock.now.plus(Duration.ofMinutes(30));
    assertThat(limits.tryAcquire("client 203.0.113.9", 2, HOUR)).isTrue();
    assertThat(limits.tryAcquire("client 203.0.113.9", 2, HOUR)).isFalse();

    clock.now = clock.now.plus(Duration.ofMinutes(30)); // an hour after the first
    assertThat(limits.tryAcquire("client 203.0.113.9", 2, HOUR)).isTrue();
    assertThat(limits.tryAcquire("client 203.0.113.9", 2, HOUR)).isTrue();
    assertThat(limits.tryAcquire("client 203.0.113.9", 2, HOUR)).isFalse();

    clock.now = clock.now.plus(Duration.ofHours(2));
    assertThat(limits.forgetClosedBefore(clock.now.minus(HOUR))).isEqualTo(1);
    assertThat(limits.tryAcquire("client 203.0.113.9", 2, HOUR)).isTrue();
  }
}
