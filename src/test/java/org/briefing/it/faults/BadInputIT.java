package org.briefing.it.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.briefing.it.support.Api;
import org.briefing.it.support.BrokerAdmin;
import org.briefing.it.support.Deployments;
import org.briefing.it.support.OutboxBarrier;
import org.briefing.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bad-input corpus ({@link HostileRequests}): every request is refused with a 4xx that says
 * what is wrong, none with a 5xx, and nothing of them is stored, queued or sent.
 */
@ExtendWith(ArquillianExtension.class)
class BadInputIT {

  private static final String ARTICLES_QUEUE = "briefing.articles";
  private static final String MAIL_QUEUE = "briefing.mail";

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  private final Api api = Api.local();
  private final BrokerAdmin broker = BrokerAdmin.local();

  @TestFactory
  Stream<DynamicTest> everyHostileRequestIsRefusedAndChangesNothing() {
    List<HostileRequests.Request> corpus = HostileRequests.all();
    assertThat(corpus).hasSizeGreaterThanOrEqualTo(200);
    long[] before = new long[3];
    Map<Integer, Integer> statuses = new TreeMap<>();
    List<String> serverErrors = new ArrayList<>();
    DynamicTest start =
        DynamicTest.dynamicTest(
            "counters before the corpus",
            () -> {
              // Messages from earlier tests may still be on their way: let the outbox pass, and
              // start from a quiet mail queue.
              OutboxBarrier.pass(api);
              await("mail queue drained")
                  .atMost(Duration.ofSeconds(60))
                  .pollInterval(Duration.ofMillis(250))
                  .until(() -> broker.messageCount(MAIL_QUEUE) == 0);
              before[0] = broker.messagesAdded(ARTICLES_QUEUE);
              before[1] = broker.messagesAdded(MAIL_QUEUE);
              before[2] = TestEnvironment.mail().getReceivedMessages().length;
            });
    Stream<DynamicTest> cases =
        corpus.stream()
            .map(
                request ->
                    DynamicTest.dynamicTest(
                        request.toString(),
                        () -> {
                          HttpResponse<String> response = send(request);
                          statuses.merge(response.statusCode(), 1, Integer::sum);
                          if (response.statusCode() >= 500) {
                            serverErrors.add(request.toString());
                          }
                          assertRefused(request, response);
                        }));
    DynamicTest end =
        DynamicTest.dynamicTest(
            "nothing stored, queued or sent",
            () -> {
              System.out.printf(
                  "Bad-input corpus: %d requests, answers by status %s, 5xx: %d%n",
                  corpus.size(), statuses, serverErrors.size());
              assertThat(serverErrors).isEmpty();
              assertThat(broker.messagesAdded(ARTICLES_QUEUE)).isEqualTo(before[0]);
              assertThat(broker.messagesAdded(MAIL_QUEUE)).isEqualTo(before[1]);
              assertThat(TestEnvironment.mail().getReceivedMessages()).hasSize((int) before[2]);
            });
    return Stream.concat(Stream.of(start), Stream.concat(cases, Stream.of(end)));
  }

  private HttpResponse<String> send(HostileRequests.Request request) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(api.uri(request.path())).timeout(Duration.ofSeconds(60));
    if (request.contentType() != null) {
      builder.header("Content-Type", request.contentType());
    }
    if (request.body() == null) {
      builder.method(request.method(), HttpRequest.BodyPublishers.noBody());
    } else if (request.chunked()) {
      byte[] body = request.body();
      builder.method(
          request.method(),
          HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)));
    } else {
      builder.method(request.method(), HttpRequest.BodyPublishers.ofByteArray(request.body()));
    }
    return api.send(builder.build());
  }

  private static void assertRefused(
      HostileRequests.Request request, HttpResponse<String> response) {
    String body = response.body();
    assertThat(response.statusCode()).as(request + " -> " + shorten(body)).isBetween(400, 499);
    String type = response.headers().firstValue("Content-Type").orElse("");
    if (!request.problemJson()) {
      assertThat(type).startsWith("text/html");
      if (request.mention() != null) {
        assertThat(body.toLowerCase(Locale.ROOT)).contains(request.mention());
      }
      return;
    }
    assertThat(type).as(request + " -> " + shorten(body)).startsWith("application/problem+json");
    JsonObject problem = Api.json(response);
    assertThat(problem.getInt("status")).isEqualTo(response.statusCode());
    assertThat(problem.getString("title", "")).isNotBlank();
    String detail = problem.getString("detail", "");
    assertThat(detail).as(request + " -> " + shorten(body)).isNotBlank();
    if (request.mention() != null) {
      String said = detail + " " + (problem.containsKey("errors") ? problem.get("errors") : "");
      assertThat(said.toLowerCase(Locale.ROOT))
          .as(request + " -> " + shorten(body))
          .contains(request.mention().toLowerCase(Locale.ROOT));
    }
  }

  private static String shorten(String text) {
    return text == null || text.length() < 600 ? text : text.substring(0, 600) + "…";
  }
}
