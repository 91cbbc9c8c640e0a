/** The database schema: Flyway migrations at start-up and column converters. */
package org.briefing.schema;
