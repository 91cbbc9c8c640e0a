package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.briefing.feeds.FeedSamples;
import org.briefing.it.support.Api;
import org.briefing.it.support.BrokerAdmin;
import org.briefing.it.support.Deployments;
import org.briefing.it.support.FeedServer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Feeds served by the test itself, registered and polled through the operator API: their entries
 * become articles through the same intake as posts, classified once however often a feed is
 * fetched; 304s, errors, hostile XML and redirect loops are recorded per feed, with back-off. The
 * scheduled poller (every 15 s, under a database lease) may also fetch a feed while a test runs, so
 * the records are read as totals that hold either way.
 */
@ExtendWith(ArquillianExtension.class)
class FeedIntakeIT {

  private static final String ARTICLES_QUEUE = "briefing.articles";
  private static final String RSS = "application/rss+xml";
  private static final String ATOM = "application/atom+xml; charset=utf-8";

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  private final Api api = Api.local();
  private final Api operator = Api.local().asOperator();
  private final BrokerAdmin broker = BrokerAdmin.local();
  private final FeedServer feeds = new FeedServer();

  private final List<String> registered = new java.util.ArrayList<>();

  /** Each test's feeds go with it: the poller would otherwise fetch them through later tests. */
  @AfterEach
  void removeFeedsAndStopServing() {
    registered.forEach(id -> operator.delete("/api/feeds/" + id));
    feeds.close();
  }

  @Test
  void rssEntriesBecomeClassifiedArticlesOnceHoweverOftenTheFeedIsFetched() {
    String marker = marker();
    feeds.document("/rss", RSS, FeedSamples.of("rss2.xml", marker), null); // no validators
    double counted = api.metric("briefing_feed_entries_accepted_total");
    String id = register(feeds.url("/rss"), "Minerals Desk " + marker);

    JsonObject first = poll(id);
    assertThat(first.getString("lastOutcome")).isEqualTo("ok");
    assertThat(first.getInt("lastHttpStatus")).isEqualTo(200);
    assertThat(first.getJsonNumber("entriesAccepted").longValue()).isEqualTo(2);
    assertThat(first.getJsonNumber("entriesRefused").longValue() * 3)
        .as("the empty item refused by the intake's rules, once per fetch")
        .isEqualTo(first.getJsonNumber("entriesSeen").longValue());
    assertThat(first.getString("lastError")).contains("1 entry refused", "is required");

    List<JsonObject> articles = articlesWith(marker, 2);
    for (JsonObject article : articles) {
      api.awaitClassified(article.getString("id"), "feed article " + article.getString("title"));
    }
    JsonObject gallium = article(articles, "gallium");
    assertThat(gallium.getString("source")).isEqualTo("Minerals Desk " + marker);
    assertThat(gallium.getString("url")).isEqualTo("https://news.example.org/gallium-" + marker);
    JsonObject stored = Api.json(api.get("/api/articles/" + gallium.getString("id")));
    assertThat(stored.getString("body")).endsWith("export controls.\n\nRef " + marker);
    assertThat(stored.getString("language")).isEqualTo("en-gb");
    assertThat(stored.getJsonObject("classification").getJsonArray("actors").toString())
        .contains("CN");
    assertThat(article(articles, "lithium").getString("url"))
        .isEqualTo(feeds.url("/lithium-" + marker));

    long added = broker.messagesAdded(ARTICLES_QUEUE);
    JsonObject again = poll(id);
    assertThat(again.getString("lastOutcome")).isEqualTo("ok");
    assertThat(again.getJsonNumber("entriesAccepted").longValue()).as("nothing new").isEqualTo(2);
    assertThat(again.getJsonNumber("entriesSeen").longValue())
        .isGreaterThan(first.getJsonNumber("entriesSeen").longValue());
    assertThat(broker.messagesAdded(ARTICLES_QUEUE)).as("nothing queued again").isEqualTo(added);
    assertThat(api.metric("briefing_feed_entries_accepted_total"))
        .as("the two new articles counted once, whichever poll took them")
        .isEqualTo(counted + 2);
    assertThat(articlesWith(marker, 2))
        .extracting(a -> a.getString("id"))
        .containsExactlyInAnyOrderElementsOf(
            articles.stream().map(a -> a.getString("id")).toList());
  }

  @Test
  void atomIsFetchedConditionallyAndA304ChangesNothing() {
    String marker = marker();
    String etag = "\"atom-" + marker + "\"";
    feeds.document("/atom", ATOM, FeedSamples.of("atom.xml", marker), etag);
    String id = register(feeds.url("/atom"), "Wire " + marker);

    JsonObject first = poll(id);
    assertThat(first.getJsonNumber("entriesAccepted").longValue()).isEqualTo(2);
    List<JsonObject> articles = articlesWith(marker, 2);
    for (JsonObject article : articles) {
      api.awaitClassified(article.getString("id"), "atom article " + article.getString("title"));
    }
    assertThat(article(articles, "Russia offers").getString("title"))
        .isEqualTo("Russia offers the US rare earth & lithium access " + marker);

    JsonObject second = poll(id);
    assertThat(second.getString("lastOutcome")).isEqualTo("not-modified");
    assertThat(second.getInt("lastHttpStatus")).isEqualTo(304);
    assertThat(second.getJsonNumber("entriesSeen").longValue()).isEqualTo(2);
    assertThat(second.getJsonNumber("entriesAccepted").longValue()).isEqualTo(2);
    assertThat(feeds.requests("/atom"))
        .first()
        .extracting(FeedServer.Request::ifNoneMatch)
        .isNull();
    assertThat(feeds.requests("/atom"))
        .last()
        .extracting(FeedServer.Request::ifNoneMatch)
        .isEqualTo(etag);
    assertThat(Instant.parse(second.getString("nextFetchAt")))
        .isAfterOrEqualTo(
            Instant.parse(second.getString("lastFetchAt")).plus(Duration.ofMinutes(5)));
  }

  @Test
  void malformedXmlAnEntityBombAndARedirectLoopFailCleanlyAndAreRecorded() {
    String marker = marker();
    feeds.document("/malformed", RSS, FeedSamples.of("malformed.xml", marker), null);
    feeds.document("/bomb", RSS, FeedSamples.of("bomb.xml", marker), null);
    feeds.redirect("/loop-a", feeds.url("/loop-b"));
    feeds.redirect("/loop-b", "/loop-a");

    JsonObject malformed = poll(register(feeds.url("/malformed"), "Broken " + marker));
    assertFailed(malformed, 200, "not a readable RSS or Atom document");

    JsonObject bomb = poll(register(feeds.url("/bomb"), "Bomb " + marker));
    assertFailed(bomb, 200, "DOCTYPE");

    JsonObject loop = poll(register(feeds.url("/loop-a"), "Loop " + marker));
    assertFailed(loop, 302, "redirect loop");
    assertThat(feeds.requests("/loop-a")).hasSizeLessThanOrEqualTo(2 * loop.getInt("fetches"));
    // The service is well after all of it.
    assertThat(api.get("/health/ready").statusCode()).isEqualTo(200);
  }

  @Test
  void aServerErrorIsRecordedWithBackOffAndRetryAfterIsHonoured() {
    String marker = marker();
    feeds.status("/broken", 500, Map.of());
    feeds.status("/busy", 503, Map.of("Retry-After", "7200"));

    JsonObject broken = poll(register(feeds.url("/broken"), "Broken " + marker));
    assertFailed(broken, 500, "HTTP 500");
    Instant fetched = Instant.parse(broken.getString("lastFetchAt"));
    assertThat(Instant.parse(broken.getString("nextFetchAt")))
        .as("twice the five-minute interval at least")
        .isAfterOrEqualTo(fetched.plus(Duration.ofMinutes(10)));

    JsonObject again = poll(broken.getString("id"));
    assertThat(again.getInt("consecutiveFailures"))
        .isEqualTo(broken.getInt("consecutiveFailures") + 1);
    assertThat(
            Duration.between(
                Instant.parse(again.getString("lastFetchAt")),
                Instant.parse(again.getString("nextFetchAt"))))
        .as("doubled again")
        .isGreaterThanOrEqualTo(Duration.ofMinutes(20));

    JsonObject busy = poll(register(feeds.url("/busy"), "Busy " + marker));
    assertFailed(busy, 503, "HTTP 503");
    assertThat(Instant.parse(busy.getString("nextFetchAt")))
        .as("not before the server's Retry-After of two hours")
        .isAfterOrEqualTo(Instant.parse(busy.getString("lastFetchAt")).plus(Duration.ofHours(2)));
  }

  @Test
  void thePollerFetchesANewFeedOnItsOwn() {
    String marker = marker();
    feeds.document("/scheduled", RSS, FeedSamples.of("rss2.xml", marker), null);
    String id = register(feeds.url("/scheduled"), "Scheduled " + marker);

    JsonObject polled =
        await("the scheduled poller fetched the new feed")
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(500))
            .until(() -> Api.json(operator.get("/api/feeds/" + id)), f -> f.getInt("fetches") > 0);
    assertThat(polled.getString("lastOutcome")).isEqualTo("ok");
    for (JsonObject article : articlesWith(marker, 2)) {
      api.awaitClassified(article.getString("id"), "scheduled feed article");
    }
  }

  @Test
  void feedsAreTheOperatorsToRegisterListAndRemove() {
    String marker = marker();
    String url = feeds.url("/managed-" + marker);
    String body = registration(url, "Managed " + marker, 60);

    assertProblem(api.postJson("/api/feeds", body), 401);
    assertProblem(api.get("/api/feeds"), 401);
    assertProblem(
        api.send(
            HttpRequest.newBuilder(api.uri("/api/feeds"))
                .header(
                    "Authorization",
                    "Basic "
                        + Base64.getEncoder()
                            .encodeToString("reader:reader-test".getBytes(StandardCharsets.UTF_8)))
                .GET()
                .build()),
        403);

    HttpResponse<String> created = operator.postJson("/api/feeds", body);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonObject feed = Api.json(created);
    String id = feed.getString("id");
    registered.add(id);
    assertThat(created.headers().firstValue("Location"))
        .hasValue(api.uri("/api/feeds/" + id).toString());
    assertThat(feed.getString("url")).isEqualTo(url);
    assertThat(feed.getInt("pollMinutes")).isEqualTo(60);
    assertThat(feed.getJsonNumber("entriesSeen").longValue()).isZero();

    HttpResponse<String> twice = operator.postJson("/api/feeds", body);
    assertProblem(twice, 409);
    assertThat(twice.headers().firstValue("Location"))
        .hasValue(api.uri("/api/feeds/" + id).toString());

    assertThat(
            Api.json(operator.get("/api/feeds"))
                .getJsonArray("feeds")
                .getValuesAs(JsonObject.class))
        .extracting(f -> f.getString("id"))
        .contains(id);
    assertThat(Api.json(operator.get("/api/feeds/" + id)).getString("name"))
        .isEqualTo("Managed " + marker);

    assertThat(operator.delete("/api/feeds/" + id).statusCode()).isEqualTo(204);
    assertProblem(operator.get("/api/feeds/" + id), 404);
    assertProblem(operator.delete("/api/feeds/" + id), 404);
  }

  @Test
  void badRegistrationsAreRefusedNamingTheField() {
    HttpResponse<String> ftp =
        operator.postJson("/api/feeds", registration("ftp://news.example.org/feed", "F", 30));
    assertProblem(ftp, 400);
    assertThat(ftp.body()).contains("\"field\":\"url\"");

    HttpResponse<String> often =
        operator.postJson("/api/feeds", registration("https://news.example.org/rss", "F", 1));
    assertProblem(often, 400);
    assertThat(often.body()).contains("\"field\":\"pollMinutes\"");

    HttpResponse<String> credentials =
        operator.postJson(
            "/api/feeds", registration("https://user:pw@news.example.org/rss", "F", 30));
    assertProblem(credentials, 400);
    assertThat(credentials.body()).contains("user name or password");

    HttpResponse<String> noName =
        operator.postJson("/api/feeds", "{\"url\":\"https://news.example.org/rss\"}");
    assertProblem(noName, 400);
    assertThat(noName.body()).contains("\"field\":\"name\"");
  }

  private String register(String url, String name) {
    HttpResponse<String> response = operator.postJson("/api/feeds", registration(url, name, 5));
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    String id = Api.json(response).getString("id");
    registered.add(id);
    return id;
  }

  private static String registration(String url, String name, int pollMinutes) {
    return Json.createObjectBuilder()
        .add("url", url)
        .add("name", name)
        .add("pollMinutes", pollMinutes)
        .build()
        .toString();
  }

  private JsonObject poll(String id) {
    HttpResponse<String> response = operator.post("/api/feeds/" + id + "/poll", "text/plain", "");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Api.json(response);
  }

  private static void assertFailed(JsonObject feed, int httpStatus, String error) {
    assertThat(feed.getString("lastOutcome")).as(feed.toString()).isEqualTo("failed");
    assertThat(feed.getInt("lastHttpStatus")).as(feed.toString()).isEqualTo(httpStatus);
    assertThat(feed.getString("lastError")).contains(error);
    assertThat(feed.getInt("consecutiveFailures")).isPositive();
    assertThat(feed.getJsonNumber("failures").longValue())
        .isEqualTo(feed.getInt("consecutiveFailures"));
    assertThat(feed.getJsonNumber("entriesAccepted").longValue()).isZero();
  }

  /** The newest articles whose title carries the marker, once there are {@code count}. */
  private List<JsonObject> articlesWith(String marker, int count) {
    List<JsonObject> found =
        Api.json(api.get("/api/articles?size=100"))
            .getJsonArray("items")
            .getValuesAs(JsonObject.class)
            .stream()
            .filter(a -> a.getString("title").contains(marker))
            .toList();
    assertThat(found).as("articles titled with " + marker).hasSize(count);
    return found;
  }

  private static JsonObject article(List<JsonObject> articles, String titlePart) {
    return articles.stream()
        .filter(a -> a.getString("title").contains(titlePart))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no article titled with " + titlePart));
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
  }

  private static String marker() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
