/**
 * Briefings as Atom 1.0 feeds: each reader's private feed of what their digests carry, behind an
 * unguessable link they can reset, and public feeds of changes per topic when the operator turns
 * them on.
 */
package org.briefing.readerfeeds;
