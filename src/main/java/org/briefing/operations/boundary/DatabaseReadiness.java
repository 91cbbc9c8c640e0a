package org.briefing.operations.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.briefing.pipeline.control.TimeLimited;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while the database hands out a valid connection within two seconds. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  static final Duration LIMIT = Duration.ofSeconds(2);

  @Resource(lookup = "jdbc/briefing")
  DataSource dataSource;

  @Inject TimeLimited timeLimited;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    try {
      boolean valid = timeLimited.call("database", this::valid, LIMIT);
      return valid ? response.up().build() : response.down().withData("error", "not valid").build();
    } catch (Exception e) {
      return response.down().withData("error", Failures.describe(e)).build();
    }
  }

  private boolean valid() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid((int) LIMIT.toSeconds());
    }
  }
}
