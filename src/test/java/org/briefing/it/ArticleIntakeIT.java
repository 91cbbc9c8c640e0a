package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
    api.awaitClassified(id, "article classified");
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

  /**
   * Several articles in one post: stored and queued together as one message; a repeat inside the
   * post and a repeat of an earlier post are each recognised; every new one is classified.
   */
  @Test
  void severalArticlesInOnePostAreQueuedTogetherAndRepeatsRecognised() {
    JsonObject earlier = Articles.moscowOfferJson(Articles.marker());
    HttpResponse<String> first = api.postJson("/api/articles", earlier.toString());
    assertThat(first.statusCode()).isEqualTo(202);
    JsonObject a = Articles.moscowOfferJson(Articles.marker());
    JsonObject b = Articles.moscowOfferJson(Articles.marker());
    OutboxBarrier.pass(api);
    long addedBefore = broker.messagesAdded(ARTICLES_QUEUE);

    HttpResponse<String> response =
        api.postJson("/api/articles/batch", batch(a, earlier, b, a).toString());

    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    JsonObject receipt = Api.json(response);
    assertThat(receipt.getInt("queued")).isEqualTo(2);
    assertThat(receipt.getInt("duplicates")).isEqualTo(2);
    List<JsonObject> receipts = receipt.getJsonArray("articles").getValuesAs(JsonObject.class);
    assertThat(receipts)
        .extracting(r -> r.getBoolean("duplicate"))
        .containsExactly(false, true, false, true);
    assertThat(receipts.get(1).getString("id")).isEqualTo(Api.json(first).getString("id"));
    assertThat(receipts.get(3).getString("id")).isEqualTo(receipts.get(0).getString("id"));
    // One message for the post, already on the queue when the client hears 202.
    assertThat(broker.messagesAdded(ARTICLES_QUEUE)).isEqualTo(addedBefore + 1);
    for (String id : List.of(receipts.get(0).getString("id"), receipts.get(2).getString("id"))) {
      api.awaitClassified(id, "article " + id + " classified");
    }
    // The same post again: every article a repeat, nothing queued.
    HttpResponse<String> again =
        api.postJson("/api/articles/batch", batch(a, earlier, b, a).toString());
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(Api.json(again).getInt("queued")).isZero();
  }

  /** One bad article refuses the whole post, named by its place; nothing of the post is stored. */
  @Test
  void aBadArticleInAPostRefusesItAllAndNamesIt() {
    JsonObject good = Articles.moscowOfferJson(Articles.marker());
    JsonObject htmlTitle =
        Json.createObjectBuilder(Articles.moscowOfferJson(Articles.marker()))
            .add("title", "<b>Kremlin</b> offers")
            .build();
    OutboxBarrier.pass(api);
    long addedBefore = broker.messagesAdded(ARTICLES_QUEUE);

    assertProblem(
        api.postJson("/api/articles/batch", batch(good, htmlTitle).toString()),
        400,
        "articles[1].title");
    assertProblem(
        api.postJson(
            "/api/articles/batch",
            "{\"articles\":[" + good + ",{\"titel\":\"x\",\"body\":\"y\"}]}"),
        400,
        "articles[1].titel");
    assertProblem(
        api.postJson("/api/articles/batch", "{\"articles\":[" + good + ",\"x\"]}"),
        400,
        "articles[1]");
    assertProblem(api.postJson("/api/articles/batch", "{\"articles\":[]}"), 400, "articles");
    assertProblem(
        api.postJson(
            "/api/articles/batch",
            batch(good, Articles.moscowOfferJson(Articles.marker()))
                .toString()
                .replace("2025-02-24T10:00:00Z\"}]", "2025-02-30\"}]")),
        400,
        "articles[1].publishedAt");

    assertThat(broker.messagesAdded(ARTICLES_QUEUE)).isEqualTo(addedBefore);
    assertThat(api.postJson("/api/articles", good.toString()).statusCode()).isEqualTo(202);
  }

  private static JsonObject batch(JsonObject... articles) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (JsonObject article : articles) {
      list.add(article);
    }
    return Json.createObjectBuilder().add("articles", list).build();
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
