package org.briefing.subscriptions.entity;

/** Double opt-in: nothing but the confirmation email goes to a pending address. */
public enum SubscriptionStatus {
  PENDING,
  CONFIRMED,
  /** Confirmed, but the subscriber asked for a break: nothing is sent until they resume. */
  PAUSED,
  UNSUBSCRIBED
}
