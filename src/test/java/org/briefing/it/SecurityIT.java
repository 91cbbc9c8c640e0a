package org.briefing.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.briefing.it.support.Api;
import org.briefing.it.support.BrokerAdmin;
import org.briefing.it.support.Deployments;
import org.briefing.it.support.OutboxBarrier;
import org.briefing.it.support.RawHttp;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service's doors: API keys for posting, the operator role for operator endpoints, HTTPS, CORS
 * closed but for the configured origin, and limits on the shape of JSON bodies.
 */
@ExtendWith(ArquillianExtension.class)
class SecurityIT {

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  private final Api anonymous =
      new Api("http://localhost:" + System.getenv().getOrDefault("HTTP_PORT", "19080"));
  private final Api api = Api.local();

  @Test
  void postingAnArticleNeedsOneOfTheConfiguredKeys() {
    String article = Articles.moscowOffer(Articles.marker());
    HttpResponse<String> none = anonymous.postJson("/api/articles", article);
    assertProblem(none, 401);
    assertThat(none.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Bearer"));
    assertProblem(post(article, "X-API-Key", "not-a-key"), 401);
    assertProblem(post(article, "Authorization", "Bearer it-key-on"), 401);
    // Several articles in one post need the key just the same.
    assertProblem(
        anonymous.postJson("/api/articles/batch", "{\"articles\":[" + article + "]}"), 401);
    // The second key, as a bearer token; nothing of the refused posts was stored.
    assertThat(post(article, "Authorization", "Bearer it-key-two").statusCode()).isEqualTo(202);
    assertThat(post(article, "X-API-Key", "it-key-one").statusCode()).isEqualTo(200);
  }

  /**
   * Whatever the path looks like, a request that reaches a posting method needs the key: the check
   * is decided on the matched resource method, so matrix parameters, slashes, dot segments,
   * encodings, case and method-override headers either miss the method or meet the check.
   */
  @Test
  void noSpellingOfThePathSkipsTheApiKey() {
    OutboxBarrier.pass(api);
    BrokerAdmin broker = BrokerAdmin.local();
    long queuedBefore = broker.messagesAdded("briefing.articles");
    int port = Integer.parseInt(System.getenv().getOrDefault("HTTP_PORT", "19080"));
    Map<String, Integer> answers = new LinkedHashMap<>();
    List<String> accepted = new ArrayList<>();
    for (PathTrick trick : PATH_TRICKS) {
      String article = Articles.moscowOffer(Articles.marker());
      String body =
          trick.target().toLowerCase(Locale.ROOT).contains("batch")
              ? "{\"articles\":[" + article + "]}"
              : article;
      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Content-Type", "application/json");
      headers.putAll(trick.headers());
      RawHttp.Answer answer = RawHttp.send(port, trick.method(), trick.target(), headers, body);
      answers.put(trick.method() + " " + trick.target() + " " + trick.headers(), answer.status());
      // A receipt means the article was taken; a GET that lists articles is no post.
      boolean taken = answer.status() == 202 || answer.text().contains("\"duplicate\"");
      if (taken || trick.mustBeRefusedByKey() && answer.status() != 401) {
        accepted.add(trick + " -> " + answer.text());
      }
    }
    System.out.println("Path tricks without a key: " + answers);
    assertThat(accepted).isEmpty();
    OutboxBarrier.pass(api);
    assertThat(broker.messagesAdded("briefing.articles")).isEqualTo(queuedBefore + 1);
  }

  /** A request line and headers; routed to a posting method, so the answer must be 401. */
  private record PathTrick(
      String method, String target, Map<String, String> headers, boolean mustBeRefusedByKey) {
    static PathTrick post(String target, boolean routed) {
      return new PathTrick("POST", target, Map.of(), routed);
    }
  }

  private static final List<PathTrick> PATH_TRICKS =
      List.of(
          PathTrick.post("/api/articles;x=1", true),
          PathTrick.post("/api/articles/batch;x=1", true),
          PathTrick.post("/api/articles;x=1/batch", true),
          PathTrick.post("/api;x=1/articles", false),
          PathTrick.post("/api/articles;jsessionid=0123456789", true),
          PathTrick.post("/api/articles/", true),
          PathTrick.post("/api/articles/batch/", true),
          PathTrick.post("//api/articles", false),
          PathTrick.post("/api//articles", false),
          PathTrick.post("/api/articles//batch", false),
          PathTrick.post("/api/./articles", false),
          PathTrick.post("/api/x/../articles", false),
          PathTrick.post("/api/articles/./batch", false),
          PathTrick.post("/api/articles/x/../batch", false),
          PathTrick.post("/api/%61rticles", false),
          PathTrick.post("/api/articles%2Fbatch", false),
          PathTrick.post("/api/articles%3Bx=1", false),
          PathTrick.post("/api/articles/%62atch", false),
          PathTrick.post("/api/%2e/articles", false),
          PathTrick.post("/api/ARTICLES", false),
          PathTrick.post("/API/articles", false),
          PathTrick.post("/api/Articles/batch", false),
          PathTrick.post("/api/articles?x=1", true),
          PathTrick.post("http://localhost/api/articles;x=1", true),
          new PathTrick("PUT", "/api/articles", Map.of("X-HTTP-Method-Override", "POST"), false),
          new PathTrick("GET", "/api/articles", Map.of("X-HTTP-Method-Override", "POST"), false),
          new PathTrick("PATCH", "/api/articles", Map.of("X-HTTP-Method", "POST"), false),
          new PathTrick("POST", "/api/articles;x=1", Map.of("X-HTTP-Method-Override", "GET"), true),
          new PathTrick("post", "/api/articles", Map.of(), false));

  @Test
  void operatorEndpointsNeedTheOperatorRole() {
    String run = "/api/digests/run?frequency=weekly";
    HttpResponse<String> none = anonymous.post(run, "application/json", "");
    assertProblem(none, 401);
    assertThat(none.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
    assertProblem(postAs(run, "operator", "wrong"), 401);
    // The role is decided on the matched method, whatever the path's spelling.
    assertProblem(
        anonymous.post("/api/digests/run;x=1?frequency=weekly", "application/json", ""), 401);
    assertProblem(
        anonymous.post("/api/digests/run/?frequency=weekly", "application/json", ""), 401);
    // An API key is not an operator login.
    assertProblem(api.post(run, "application/json", ""), 401);
    assertProblem(postAs(run, "reader", "reader-test"), 403);
    HttpResponse<String> operator = api.asOperator().post(run, "application/json", "");
    assertThat(operator.statusCode()).as(operator.body()).isEqualTo(200);
  }

  /**
   * Guessing an operator's password: after five failures in a quarter of an hour, one client gets
   * 429 for that user name, right password or not; the operator's own login is not locked out.
   */
  @Test
  void repeatedFailedLoginsAreThrottled() {
    String run = "/api/digests/run?frequency=weekly";
    for (int i = 0; i < 5; i++) {
      assertProblem(postAs(run, "mallory", "guess-" + i), 401);
    }
    HttpResponse<String> throttled = postAs(run, "mallory", "guess-5");
    assertProblem(throttled, 429);
    assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
    HttpResponse<String> operator = api.asOperator().post(run, "application/json", "");
    assertThat(operator.statusCode()).as(operator.body()).isEqualTo(200);
  }

  /**
   * A round as of a moment marks its readers as served until then: one as of 2999 would silence
   * every daily reader. A moment ahead of the server's clock by more than a few minutes is refused.
   */
  @Test
  void noRoundAsOfTheFuture() {
    Api operator = api.asOperator();
    for (String at :
        List.of("2999-01-01T00:00:00Z", Instant.now().plus(Duration.ofHours(1)).toString())) {
      HttpResponse<String> refused =
          operator.post("/api/digests/due?frequency=daily&at=" + at, "application/json", "");
      assertProblem(refused, 400);
      assertThat(refused.body()).contains("ahead");
    }
    // Within the clocks' skew it is a round as usual.
    String soon = Instant.now().plus(Duration.ofMinutes(1)).toString();
    HttpResponse<String> round =
        operator.post("/api/digests/due?frequency=weekly&at=" + soon, "application/json", "");
    assertThat(round.statusCode()).as(round.body()).isEqualTo(200);
  }

  /**
   * Behind a trusted proxy (the tests trust the loopback, TRUSTED_PROXIES) each client has its own
   * subscribe limit, 60 an hour: the proxy's address, which every client shares, once keyed it.
   */
  @Test
  void subscribeLimitsKeyOnEachClientBehindTheProxy() {
    String marker = Articles.marker();
    int accepted = 0;
    HttpResponse<String> answer = null;
    for (int i = 0; i <= 60; i++) {
      answer = subscribeFrom("203.0.113.7", "limit-" + marker + "-" + i + "@example.org");
      if (answer.statusCode() != 202) {
        break;
      }
      accepted++;
    }
    assertThat(accepted).isEqualTo(60);
    assertProblem(answer, 429);
    HttpResponse<String> another =
        subscribeFrom("203.0.113.8", "limit-" + marker + "-other@example.org");
    assertThat(another.statusCode()).as(another.body()).isEqualTo(202);
  }

  private HttpResponse<String> subscribeFrom(String client, String email) {
    String json =
        "{\"email\":\"" + email + "\",\"topics\":[\"rare-earths\"],\"frequency\":\"weekly\"}";
    return anonymous.send(
        HttpRequest.newBuilder(anonymous.uri("/api/subscriptions"))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", client)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  /** A page far down a list made the database read and drop every row before it. */
  @Test
  void deepPagesAreRefused() {
    for (String deep :
        List.of("/api/articles?page=10000&size=100", "/api/changes?page=10000&size=200")) {
      HttpResponse<String> refused = anonymous.get(deep);
      assertProblem(refused, 400);
      assertThat(refused.body()).contains("since");
    }
    assertThat(anonymous.get("/api/articles?page=99&size=100").statusCode()).isEqualTo(200);
    assertThat(anonymous.get("/api/changes?page=49&size=200").statusCode()).isEqualTo(200);
  }

  @Test
  void httpsAnswersOnItsPort() throws Exception {
    SSLContext trustAll = SSLContext.getInstance("TLS");
    trustAll.init(null, new TrustManager[] {new TrustEverything()}, null);
    HttpClient client =
        HttpClient.newBuilder().sslContext(trustAll).connectTimeout(Duration.ofSeconds(5)).build();
    String port = System.getenv().getOrDefault("HTTPS_PORT", "19443");
    HttpResponse<String> live =
        client.send(
            HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/health/live"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(live.statusCode()).isEqualTo(200);
  }

  @Test
  void corsIsClosedButForTheConfiguredOrigin() {
    HttpResponse<String> stranger = preflight("https://evil.example.com");
    assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    HttpResponse<String> newsroom = preflight("https://newsroom.example.org");
    assertThat(newsroom.headers().firstValue("Access-Control-Allow-Origin"))
        .contains("https://newsroom.example.org");
    assertThat(newsroom.headers().firstValue("Access-Control-Allow-Credentials")).isEmpty();
  }

  @Test
  void deepOrWideJsonIsRefusedBeforeBinding() {
    String deep = "[".repeat(40) + "]".repeat(40);
    assertProblem(api.postJson("/api/articles", deep), 400);
    String manyTopics =
        "{\"email\":\"wide@example.org\",\"frequency\":\"daily\",\"topics\":["
            + "\"rare-earths\",".repeat(1500)
            + "\"lithium\"]}";
    assertProblem(api.postJson("/api/subscriptions", manyTopics), 413);
  }

  private HttpResponse<String> post(String json, String header, String value) {
    return anonymous.send(
        HttpRequest.newBuilder(anonymous.uri("/api/articles"))
            .header("Content-Type", "application/json")
            .header(header, value)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }

  private HttpResponse<String> postAs(String path, String user, String password) {
    return anonymous.send(
        HttpRequest.newBuilder(anonymous.uri(path))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(UTF_8)))
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  private HttpResponse<String> preflight(String origin) {
    return anonymous.send(
        HttpRequest.newBuilder(anonymous.uri("/api/articles"))
            .header("Origin", origin)
            .header("Access-Control-Request-Method", "POST")
            .header("Access-Control-Request-Headers", "content-type, x-api-key")
            .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
            .build());
  }

  private static void assertProblem(HttpResponse<String> response, int status) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(Api.json(response).getInt("status")).isEqualTo(status);
  }

  private static final class TrustEverything implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
