package org.briefing.subscriptions.entity;

import java.time.Duration;
import java.util.Locale;

/** How often a subscriber hears from us. */
public enum Frequency {
  IMMEDIATE(Duration.ZERO),
  DAILY(Duration.ofDays(1)),
  WEEKLY(Duration.ofDays(7));

  private final Duration period;

  Frequency(Duration period) {
    this.period = period;
  }

  public Duration period() {
    return period;
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Frequency of(String label) {
    return valueOf(label.toUpperCase(Locale.ROOT));
  }
}
