/**
 * Takes articles in from RSS and Atom feeds that operators register: polls each when it is due, on
 * one node at a time, with conditional GETs and back-off, and hands every entry to the intake as a
 * post would be. Keeps a record per feed of its fetches and entries.
 */
package org.briefing.feeds;
