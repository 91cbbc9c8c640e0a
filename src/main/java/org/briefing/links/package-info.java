/**
 * Readers' link tokens: derived from the subscription with a server secret, never stored or queued.
 */
package org.briefing.links;
