package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import org.briefing.it.support.Api;
import org.briefing.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code /metrics} as Prometheus scrapes it: a posted article counted through every stage. */
@ExtendWith(ArquillianExtension.class)
class MetricsIT {

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  private final Api api = Api.local();

  @Test
  void postedArticleIsCountedThroughIntakeAndClassification() {
    double received = metric("briefing_articles_received_total");
    double duplicates = metric("briefing_articles_duplicate_total");
    double rejected = metric("briefing_articles_rejected_total", "status=\"400\"");
    double classified = metric("briefing_articles_classified_total");
    double latencies = metric("briefing_stage_classification_seconds_count");

    String article = Articles.moscowOffer(Articles.marker());
    HttpResponse<String> posted = api.postJson("/api/articles", article);
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
    assertThat(api.postJson("/api/articles", article).statusCode()).isEqualTo(200);
    assertThat(api.postJson("/api/articles", "{\"title\": \"no body\"}").statusCode())
        .isEqualTo(400);
    String id = Api.json(posted).getString("id");
    api.awaitClassified(id, "article classified");

    await("classification counted")
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> metric("briefing_articles_classified_total") >= classified + 1);
    assertThat(metric("briefing_articles_received_total")).isEqualTo(received + 1);
    assertThat(metric("briefing_articles_duplicate_total")).isEqualTo(duplicates + 1);
    assertThat(metric("briefing_articles_rejected_total", "status=\"400\""))
        .isEqualTo(rejected + 1);
    assertThat(metric("briefing_stage_classification_seconds_count"))
        .isGreaterThanOrEqualTo(latencies + 1);
    assertThat(metric("briefing_stage_intake_seconds_count")).isGreaterThanOrEqualTo(1);
    // The backlog gauges: known (not -1) once the broker has been asked.
    await("queue depths known")
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(500))
        .until(() -> metric("briefing_queue_depth", "queue=\"briefing.articles\"") >= 0);
    assertThat(metric("briefing_queue_depth", "queue=\"DLQ.briefing.mail\""))
        .isGreaterThanOrEqualTo(0);
  }

  @Test
  void metricsArePrometheusText() {
    HttpResponse<String> metrics = api.get("/metrics?scope=application");
    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
    assertThat(metrics.body()).contains("# TYPE briefing_articles_received_total counter");
  }

  private double metric(String name, String... labels) {
    return api.metric(name, labels);
  }
}
