/**
 * What each reader gets and when: immediate alerts and daily or weekly digests in the reader's time
 * zone, leading with what changed, never repeating an item.
 */
package org.briefing.digest;
