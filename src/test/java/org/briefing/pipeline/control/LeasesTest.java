package org.briefing.pipeline.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.briefing.schema.control.H2Schema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Two nodes on one database: one holds the lease at a time, the other takes it once it expires. */
class LeasesTest {

  private static final Duration FOUR_MINUTES = Duration.ofMinutes(4);

  @Test
  void oneNodeHoldsTheLeaseAndRenewsItWhileTheOtherWaits() {
    JdbcDataSource ds = H2Schema.migrated("leases-hold");
    MovingClock clock = new MovingClock("2026-03-01T10:00:00Z");
    Leases one = new Leases(ds, clock);
    Leases other = new Leases(ds, clock);

    assertThat(one.tryHold("digest-round", FOUR_MINUTES)).isTrue();
    assertThat(other.tryHold("digest-round", FOUR_MINUTES)).isFalse();
    assertThat(other.tryHold("another-job", FOUR_MINUTES)).as("another name").isTrue();

    clock.advance(Duration.ofMinutes(3));
    assertThat(one.tryHold("digest-round", FOUR_MINUTES)).as("renewed by its holder").isTrue();
    clock.advance(Duration.ofMinutes(3));
    assertThat(other.tryHold("digest-round", FOUR_MINUTES)).as("renewed, not expired").isFalse();
  }

  @Test
  void anExpiredLeaseGoesToTheNextNodeThatAsks() {
    JdbcDataSource ds = H2Schema.migrated("leases-expiry");
    MovingClock clock = new MovingClock("2026-03-01T10:00:00Z");
    Leases crashed = new Leases(ds, clock);
    Leases survivor = new Leases(ds, clock);

    assertThat(crashed.tryHold("digest-round", FOUR_MINUTES)).isTrue();
    clock.advance(FOUR_MINUTES);
    assertThat(survivor.tryHold("digest-round", FOUR_MINUTES)).isTrue();
    assertThat(crashed.tryHold("digest-round", FOUR_MINUTES)).isFalse();
  }

  @Test
  void aReleasedLeaseGoesAtOnceAndOnlyItsHolderCanReleaseIt() {
    JdbcDataSource ds = H2Schema.migrated("leases-release");
    MovingClock clock = new MovingClock("2026-03-01T10:00:00Z");
    Leases stopping = new Leases(ds, clock);
    Leases other = new Leases(ds, clock);

    assertThat(stopping.tryHold("feed-poll", FOUR_MINUTES)).isTrue();
    other.release("feed-poll");
    assertThat(other.tryHold("feed-poll", FOUR_MINUTES)).as("not its lease to give").isFalse();
    stopping.release("feed-poll");
    assertThat(other.tryHold("feed-poll", FOUR_MINUTES)).as("given up, not expired").isTrue();
  }
}
