/**
 * Reads an article: topics, actors, people and events with the sentence that shows each, and
 * whether minerals diplomacy is its news. The classifier is plain Java; a message-driven bean and
 * an offline command run it.
 */
package org.briefing.classification;
