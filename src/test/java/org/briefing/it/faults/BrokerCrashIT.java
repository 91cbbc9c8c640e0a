package org.briefing.it.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.briefing.it.support.Api;
import org.briefing.it.support.ArtemisBroker;
import org.briefing.it.support.BrokerAdmin;
import org.briefing.it.support.Deployments;
import org.briefing.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The broker dies (SIGKILL) in the middle of a stream of articles and comes back with its journal:
 * every article the service accepted is classified, once. While it is down, posts are refused at
 * once (503, nothing stored) and the clients post the same articles again.
 */
@ExtendWith(ArquillianExtension.class)
class BrokerCrashIT {

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  @Test
  void everyAcceptedArticleIsClassifiedOnceAcrossABrokerCrash() throws Exception {
    ArtemisBroker broker = TestEnvironment.broker();
    int size = ArticleStream.size();
    ArticleStream stream = new ArticleStream(Api.local(), size).start(4, Duration.ofMinutes(15));
    ArticleStream.Figures figures = null;
    try {
      await("a third of the stream accepted")
          .atMost(Duration.ofMinutes(5))
          .pollInterval(Duration.ofMillis(50))
          .until(() -> stream.accepted.get() >= size / 3);
      broker.kill();
      int refusedBefore = stream.refused.get();
      // Posts that meet the dead broker are refused with 503, at once.
      await("clients refused while the broker is away")
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> stream.refused.get() > refusedBefore);
      assertRefusedAtOnceAndNotStored(Api.local());
      broker.start();
      stream.awaitPosted(Duration.ofMinutes(15));
      figures = stream.awaitClassified(Duration.ofMinutes(5));
    } finally {
      if (!broker.running()) {
        broker.start();
      }
      System.out.println(
          (figures == null ? stream.figures() : figures).line("broker SIGKILL + restart"));
    }
    assertThat(figures.acceptedArticles()).isEqualTo(size);
    assertThat(figures.lost()).isZero();
    assertThat(figures.duplicates()).isZero();
    assertThat(figures.classified()).isEqualTo(figures.acceptedIds());
    System.out.printf(
        "FAULT broker away: %d posts answered 503, the slowest in %d ms%n",
        stream.refused.get(), stream.slowestRefusalMillis.get());
    assertThat(stream.slowestRefusalMillis.get()).isLessThan(10_000);
    assertThat(BrokerAdmin.local().preparedTransactions()).isEmpty();
  }

  /**
   * While the broker is away, a new article is answered 503 (problem+json, Retry-After) within
   * seconds, not after the transaction timeout, and nothing of it is stored.
   */
  private static void assertRefusedAtOnceAndNotStored(Api api) {
    String marker = UUID.randomUUID().toString();
    String title = "Article posted while the broker is away " + marker;
    String json =
        Json.createObjectBuilder()
            .add("title", title)
            .add("body", "Kremlin spokesman Dmitry Peskov spoke about rare earths. " + marker)
            .add("url", "https://faults.example.org/broker-away/" + marker)
            .build()
            .toString();
    long start = System.nanoTime();
    HttpResponse<String> response =
        api.send(
            HttpRequest.newBuilder(api.uri("/api/articles"))
                .timeout(Duration.ofSeconds(90))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build());
    Duration answeredIn = Duration.ofNanos(System.nanoTime() - start);
    System.out.printf(
        "FAULT broker away: POST /api/articles answered %d in %d ms (Retry-After: %s)%n",
        response.statusCode(),
        answeredIn.toMillis(),
        response.headers().firstValue("Retry-After").orElse("-"));
    assertThat(response.statusCode()).isEqualTo(503);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(response.headers().firstValue("Retry-After")).isPresent();
    assertThat(Api.json(response).getInt("status")).isEqualTo(503);
    assertThat(answeredIn).isLessThan(Duration.ofSeconds(10));
    String list = api.get("/api/articles?size=100").body();
    assertThat(list).doesNotContain(marker);
  }
}
