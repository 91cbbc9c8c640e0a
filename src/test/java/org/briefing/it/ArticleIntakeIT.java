package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.briefing.it.support.Api;
import org.briefing.it.support.BrokerAdmin;
import org.briefing.it.support.Deployments;
import org.briefing.it.support.OutboxBarrier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Posting articles as a client: accepted, queued, classified; duplicates and bad input refused. */
@ExtendWith(ArquillianExtension.class)
class ArticleIntakeIT {

  private static final String ARTICLES_QUEUE = "briefing.articles";

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  private final Api api = Api.local();
  private final BrokerAdmin broker = BrokerAdmin.local();

  /**
   * 202 means stored, and its message is on the broker's persistent queue (paused here, so it stays
   * there to be seen); once the queue resumes, the article is classified.
   */
  @Test
  void acceptedArticleIsQueuedAndClassified() {
    String marker = Articles.marker();
    broker.pause(ARTICLES_QUEUE);
    String id;
    try {
      HttpResponse<String> response = api.postJson("/api/articles", Articles.moscowOffer(marker));

      assertThat(response.statusCode()).isEqualTo(202);
      JsonObject receipt = Api.json(response);
      id = receipt.getString("id");
      assertThat(receipt.getString("status")).isEqualTo("queued");
      assertThat(response.headers().firstValue("Location"))
          .hasValueSatisfying(location -> assertThat(location).endsWith("/api/articles/" + id));
      assertThat(Api.json(api.get("/api/articles/" + id)).getString("status")).isEqualTo("queued");
      // Already there when the client hears 202: intake sends it before it answers.
      assertThat(broker.browse(ARTICLES_QUEUE, "articleIds LIKE '%" + id + "%'"))
          .singleElement()
          .asString()
          .contains(id);
    } finally {
      broker.resume(ARTICLES_QUEUE);
    }
    await("article classified")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> Api.json(api.get("/api/articles/" + id)).getString("status"),
            "classified"::equals);
  }

  @Test
  void sameArticleTwiceIsRecognisedAndQueuedOnce() {
    String marker = Articles.marker();
    String article = Articles.moscowOffer(marker);
    HttpResponse<String> first = api.postJson("/api/articles", article);
    OutboxBarrier.pass(api);
    long addedBefore = broker.messagesAdded(ARTICLES_QUEUE);

    HttpResponse<String> again = api.postJson("/api/articles", article);
    // Same title and body under another URL is still the same article.
    HttpResponse<String> elsewhere =
        api.postJson("/api/articles", article.replace("news.example.org", "mirror.example.net"));
    OutboxBarrier.pass(api); // queues one message of its own

    assertThat(first.statusCode()).isEqualTo(202);
    String id = Api.json(first).getString("id");
    for (HttpResponse<String> repeat : List.of(again, elsewhere)) {
      assertThat(repeat.statusCode()).isEqualTo(200);
      assertThat(Api.json(repeat).getString("id")).isEqualTo(id);
      assertThat(Api.json(repeat).getBoolean("duplicate")).isTrue();
    }
    assertThat(broker.messagesAdded(ARTICLES_QUEUE)).isEqualTo(addedBefore + 1);
  }

  @Test
  void badInputIsRefusedAsProblemJsonAndNothingIsStoredOrQueued() {
    String marker = Articles.marker();
    JsonObject article = Articles.moscowOfferJson(marker);
    String valid = article.toString();
    OutboxBarrier.pass(api);
    long addedBefore = broker.messagesAdded(ARTICLES_QUEUE);

    assertProblem(api.postJson("/api/articles", "{\"title\": \"Broken"), 400, null);
    assertProblem(api.postJson("/api/articles", "[]"), 400, null);
    assertProblem(api.postJson("/api/articles", Articles.without(article, "title")), 400, "title");
    assertProblem(api.postJson("/api/articles", Articles.without(article, "body")), 400, "body");
    assertProblem(
        api.postJson(
            "/api/articles", valid.replace("Kremlin offers", "<script>alert(1)</script> Kremlin")),
        400,
        "title");
    assertProblem(
        api.postJson("/api/articles", valid.replace("2025-02-24T10:00:00Z", "2025-02-30")),
        400,
        "publishedAt");
    assertProblem(api.post("/api/articles", "text/plain", valid), 415, null);
    byte[] tooLarge =
        ("{\"title\":\"Big\",\"body\":\"" + "x".repeat(1_100_000) + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    assertProblem(api.postBytes("/api/articles", "application/json", tooLarge), 413, null);

    assertThat(broker.messagesAdded(ARTICLES_QUEUE)).isEqualTo(addedBefore);
    // Nothing of it was stored: the valid article is new, not a duplicate.
    assertThat(api.postJson("/api/articles", valid).statusCode()).isEqualTo(202);
  }

  @Test
  void unknownArticleIsNotFoundAsProblemJson() {
    assertProblem(api.get("/api/articles/no-such-id"), 404, null);
  }

  private static void assertProblem(HttpResponse<String> response, int status, String field) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    JsonObject problem = Api.json(response);
    assertThat(problem.getInt("status")).isEqualTo(status);
    assertThat(problem.getString("title")).isNotBlank();
    assertThat(problem.getString("detail")).isNotBlank();
    if (field != null) {
      assertThat(problem.getJsonArray("errors").getValuesAs(JsonObject.class))
          .extracting(e -> e.getString("field"))
          .contains(field);
    }
  }
}
