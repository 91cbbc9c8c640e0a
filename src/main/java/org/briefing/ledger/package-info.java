/**
 * The state between two actors on each topic and the changes it notices (first contact, a deal's
 * step, a turn); the timeline and changes API.
 */
package org.briefing.ledger;
