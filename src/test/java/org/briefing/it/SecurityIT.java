package org.briefing.it;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.briefing.it.support.Api;
import org.briefing.it.support.Deployments;
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

  @Test
  void operatorEndpointsNeedTheOperatorRole() {
    String run = "/api/digests/run?frequency=weekly";
    HttpResponse<String> none = anonymous.post(run, "application/json", "");
    assertProblem(none, 401);
    assertThat(none.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(h -> assertThat(h).startsWith("Basic"));
    assertProblem(postAs(run, "operator", "wrong"), 401);
    // An API key is not an operator login.
    assertProblem(api.post(run, "application/json", ""), 401);
    assertProblem(postAs(run, "reader", "reader-test"), 403);
    HttpResponse<String> operator = api.asOperator().post(run, "application/json", "");
    assertThat(operator.statusCode()).as(operator.body()).isEqualTo(200);
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
