package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;
import org.briefing.it.support.Api;
import org.briefing.it.support.Deployments;
import org.briefing.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * MicroProfile Health as an orchestrator sees it: ready while broker, database and SMTP server
 * answer; not ready within seconds of the broker going away, ready again when it is back.
 */
@ExtendWith(ArquillianExtension.class)
class HealthIT {

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  private final Api api = Api.local();

  @Test
  void readyWhileBrokerDatabaseAndMailServerAnswer() {
    HttpResponse<String> ready = awaitReady();
    assertThat(checks(ready))
        .containsEntry("broker", "UP")
        .containsEntry("database", "UP")
        .containsEntry("smtp", "UP");
  }

  /** Anyone may ask: the answer names no server of the deployment. */
  @Test
  void readinessNamesNoServer() {
    HttpResponse<String> ready = awaitReady();
    String smtp = "127.0.0.1:" + System.getenv().getOrDefault("SMTP_PORT", "3026");
    assertThat(ready.body()).doesNotContain(smtp).doesNotContain("\"server\"");
  }

  @Test
  void aliveWhenTheApplicationAnswers() {
    HttpResponse<String> live = api.get("/health/live");
    assertThat(live.statusCode()).as(live.body()).isEqualTo(200);
    assertThat(checks(live)).containsEntry("application", "UP");
  }

  @Test
  void notReadyWithinSecondsOfTheBrokerStoppingAndReadyWhenItReturns() throws Exception {
    awaitReady();
    long stopping = System.nanoTime();
    TestEnvironment.broker().stop();
    long stopped = System.nanoTime();
    HttpResponse<String> down;
    long downAt;
    try {
      down =
          await("readiness DOWN after the broker stopped")
              .atMost(Duration.ofSeconds(15))
              .pollInterval(Duration.ofMillis(250))
              .until(() -> api.get("/health/ready"), r -> r.statusCode() == 503);
      downAt = System.nanoTime();
    } finally {
      TestEnvironment.broker().start();
    }
    long started = System.nanoTime();
    assertThat(checks(down)).containsEntry("broker", "DOWN").containsEntry("database", "UP");
    awaitReady();
    long upAt = System.nanoTime();
    System.out.printf(
        "Broker stop took %d ms; readiness DOWN %d ms after it stopped; broker start took %d ms;"
            + " readiness UP %d ms after it started%n",
        (stopped - stopping) / 1_000_000,
        (downAt - stopped) / 1_000_000,
        (started - downAt) / 1_000_000,
        (upAt - started) / 1_000_000);

    // The pipeline works again for the tests after this one: an article is classified.
    HttpResponse<String> posted =
        api.postJson("/api/articles", Articles.moscowOffer(Articles.marker()));
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
    String id = Api.json(posted).getString("id");
    api.awaitClassified(id, "article classified after the broker came back");
  }

  private HttpResponse<String> awaitReady() {
    return await("readiness UP")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> api.get("/health/ready"), r -> r.statusCode() == 200);
  }

  private static Map<String, String> checks(HttpResponse<String> health) {
    return Api.json(health).getJsonArray("checks").getValuesAs(JsonObject.class).stream()
        .collect(Collectors.toMap(c -> c.getString("name"), c -> c.getString("status")));
  }
}
