package org.briefing.schema.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the database schema up to date before anything else runs. Uses a non-transactional data
 * source: Flyway manages its own transactions and fails inside a global one.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Migrations {

  private static final Logger LOG = Logger.getLogger(Migrations.class.getName());

  @Resource(lookup = "jdbc/briefingMigrations")
  DataSource dataSource;

  /**
   * A connection left in the pool from before a database restart fails once; that failure purges
   * the pool, and the next attempt gets a fresh connection.
   */
  static final int ATTEMPTS = 3;

  @PostConstruct
  void migrate() {
    for (int attempt = 1; ; attempt++) {
      try {
        migrateOnce();
        return;
      } catch (RuntimeException e) {
        if (attempt >= ATTEMPTS) {
          throw e;
        }
        LOG.warning("Migration attempt " + attempt + " failed, trying again: " + e.getMessage());
      }
    }
  }

  private void migrateOnce() {
    var result =
        Flyway.configure(Migrations.class.getClassLoader())
            .dataSource(dataSource)
            .locations(locations())
            .load()
            .migrate();
    LOG.info(
        () ->
            "Database schema at version "
                + result.targetSchemaVersion
                + " ("
                + result.migrationsExecuted
                + " migrations applied now)");
  }

  /**
   * The migrations for every database, and on PostgreSQL its own as well (storage settings H2 does
   * not have). Both folders share one sequence of version numbers.
   */
  private String[] locations() {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      return "PostgreSQL".equalsIgnoreCase(product)
          ? new String[] {"classpath:db/migration", "classpath:db/postgresql"}
          : new String[] {"classpath:db/migration"};
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the database to migrate it: " + e, e);
    }
  }
}
