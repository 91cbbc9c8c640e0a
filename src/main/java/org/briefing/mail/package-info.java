/**
 * Sends the emails on the mail queue with Jakarta Mail, each once, filling in each reader's links
 * as it leaves; retries come from the broker.
 */
package org.briefing.mail;
