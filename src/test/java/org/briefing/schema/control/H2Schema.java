package org.briefing.schema.control;

import org.flywaydb.core.Flyway;

/** The application's migrations run on an in-memory H2 database, for tests of one migration. */
public final class H2Schema {

  private H2Schema() {}

  /** Migrates the database at {@code url} up to version {@code target} (e.g. "6"). */
  public static void migrate(String url, String target) {
    Flyway.configure()
        .dataSource(url, "", "")
        .locations("classpath:db/migration")
        .target(target)
        .load()
        .migrate();
  }
}
