/**
 * Takes articles in over HTTP: checks them, recognises repeats, stores and queues them before
 * answering 202, counts its posts, and lists what it holds.
 */
package org.briefing.intake;
