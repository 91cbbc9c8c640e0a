package org.briefing.subscriptions.entity;

/** Double opt-in: nothing but the confirmation email goes to a pending address. */
public enum SubscriptionStatus {
  PENDING,
  CONFIRMED,
  UNSUBSCRIBED
}
