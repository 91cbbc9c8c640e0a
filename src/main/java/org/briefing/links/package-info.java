/**
 * Readers' link tokens: derived from a subscription's id with the server's secret (HMAC), so that
 * no token is stored or waits on a queue. Subscriptions check them; the mail sender fills them into
 * the service's own links as an email leaves. Imports no other capability.
 */
package org.briefing.links;
