package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.briefing.it.support.Deployments;
import org.briefing.it.support.PostgresCluster;
import org.briefing.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PostgreSQL's own storage settings come with its own migrations (db/postgresql), which the service
 * applies only there. Only in the PostgreSQL suite.
 */
@ExtendWith(ArquillianExtension.class)
class PostgresStorageIT {

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  @Test
  void articleRowsStayInlineUpToAPageAndBothMigrationFoldersAreApplied() throws Exception {
    PostgresCluster database = TestEnvironment.postgres();
    assumeTrue(database != null, "H2 has no storage settings of its own");

    assertThat(
            database.query("briefing", "select reloptions from pg_class where relname = 'article'"))
        .contains("toast_tuple_target=8160");
    assertThat(
            database.query(
                "briefing",
                "select string_agg(version, ',' order by installed_rank) from flyway_schema_history"
                    + " where success"))
        .isEqualTo(migrationVersions());
  }

  /** Every version in both migration folders, in order: what Flyway must have applied. */
  private static String migrationVersions() throws java.io.IOException {
    try (var common = java.nio.file.Files.list(Path.of("src/main/resources/db/migration"));
        var postgres = java.nio.file.Files.list(Path.of("src/main/resources/db/postgresql"))) {
      return java.util.stream.Stream.concat(common, postgres)
          .map(f -> f.getFileName().toString())
          .filter(name -> name.matches("V\\d+__.*\\.sql"))
          .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
          .sorted()
          .map(String::valueOf)
          .collect(java.util.stream.Collectors.joining(","));
    }
  }
}
