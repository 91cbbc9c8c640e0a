package org.briefing.schema.control;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/** The application's migrations on an in-memory H2 database, for tests that need the schema. */
public final class H2Schema {

  private H2Schema() {}

  /** A new in-memory database of that name with every migration applied. */
  public static JdbcDataSource migrated(String name) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    return ds;
  }

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
