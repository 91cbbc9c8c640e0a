package org.briefing.operations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.briefing.pipeline.control.BrokerProbe;
import org.briefing.pipeline.control.Queues;
import org.briefing.pipeline.control.TimeLimited;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the broker answers the service through its connection factory ({@code
 * jms/briefing}) within two seconds; reports the classification backlog while at it.
 */
@Readiness
@ApplicationScoped
public class BrokerReadiness implements HealthCheck {

  static final Duration LIMIT = Duration.ofSeconds(2);

  @Inject BrokerProbe broker;
  @Inject TimeLimited timeLimited;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("broker");
    try {
      Map<String, Long> counts =
          timeLimited.call(
              "broker", () -> broker.messageCounts(List.of(Queues.ARTICLES), LIMIT), LIMIT);
      return response.up().withData(Queues.ARTICLES, counts.get(Queues.ARTICLES)).build();
    } catch (Exception e) {
      return response.down().withData("error", Failures.describe(e)).build();
    }
  }
}
