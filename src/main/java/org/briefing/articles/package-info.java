/**
 * The article as stored, its tags, and the message that names a batch of articles between stages:
 * what every stage reads and writes about an article.
 */
package org.briefing.articles;
