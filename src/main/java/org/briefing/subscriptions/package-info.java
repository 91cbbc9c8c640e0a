/**
 * Readers: double opt-in by email, their choices, the subscribe and preferences pages,
 * unsubscribing, and the limits on requests.
 */
package org.briefing.subscriptions;
