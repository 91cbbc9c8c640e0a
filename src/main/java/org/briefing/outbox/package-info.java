/**
 * Messages written in each step's own database transaction and relayed to the broker after the
 * commit.
 */
package org.briefing.outbox;
