package org.briefing.it.support;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/** A small HTTP client for the service's REST API, as an outside client sees it. */
public final class Api {

  /**
   * HTTP/1.1, as curl and most feeders speak it. With the JDK client's default, an h2c upgrade, a
   * burst of requests once stalled Liberty on a busy 2-core machine: every default executor thread
   * waited in an HTTP/2 write ({@code H2WriteQEntry.waitWriteCompleteLatch}).
   */
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private final String base;
  private final Map<String, String> headers;

  public Api(String base) {
    this(base, Map.of());
  }

  private Api(String base, Map<String, String> headers) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.headers = headers;
  }

  /**
   * The API of the service under test, at the port the failsafe run gives it, as a client holding
   * the first of the API keys the server is given (BRIEFING_API_KEYS), if any.
   */
  public static Api local() {
    return at("http://localhost:" + System.getenv().getOrDefault("HTTP_PORT", "19080"));
  }

  /** Another server of the run (LibertyCrashIT's own), with the run's first API key, if any. */
  public static Api at(String base) {
    String keys = System.getenv("BRIEFING_API_KEYS");
    return keys == null || keys.isBlank()
        ? new Api(base)
        : new Api(base, Map.of("X-API-Key", keys.split(",")[0].strip()));
  }

  /** The same API as an operator (HTTP Basic, OPERATOR_USER/OPERATOR_PASSWORD of the run). */
  public Api asOperator() {
    String credentials =
        System.getenv().getOrDefault("OPERATOR_USER", "operator")
            + ":"
            + System.getenv().getOrDefault("OPERATOR_PASSWORD", "operator-local");
    Map<String, String> withLogin = new java.util.HashMap<>(headers);
    withLogin.put(
        "Authorization",
        "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(UTF_8)));
    return new Api(base, Map.copyOf(withLogin));
  }

  public HttpResponse<String> post(String path, String contentType, String body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  public HttpResponse<String> postBytes(String path, String contentType, byte[] body) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body))
            .build());
  }

  public HttpResponse<String> postJson(String path, String json) {
    return post(path, "application/json", json);
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().build());
  }

  public HttpResponse<String> delete(String path) {
    return send(HttpRequest.newBuilder(uri(path)).DELETE().build());
  }

  public HttpResponse<String> getUrl(String absoluteUrl) {
    return send(HttpRequest.newBuilder(URI.create(absoluteUrl)).GET().build());
  }

  /**
   * Confirms a subscription as the confirmation page does in a browser: posts its form to the link
   * from the email (fetching the link alone confirms nothing).
   */
  public HttpResponse<String> confirm(String confirmationLink) {
    return send(
        HttpRequest.newBuilder(URI.create(confirmationLink))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.noBody())
            .build());
  }

  public HttpResponse<String> send(HttpRequest original) {
    HttpRequest request = original;
    try {
      if (!headers.isEmpty()) {
        HttpRequest.Builder withHeaders = HttpRequest.newBuilder(original, (name, value) -> true);
        headers.forEach(
            (name, value) -> {
              if (original.headers().firstValue(name).isEmpty()) {
                withHeaders.header(name, value);
              }
            });
        request = withHeaders.build();
      }
      return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException("Request failed: " + request.uri(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public URI uri(String path) {
    return URI.create(base + path);
  }

  /**
   * The sum of an application metric's samples (Prometheus text) whose labels contain every given
   * {@code label="value"}; 0 for a metric not registered yet.
   */
  public double metric(String name, String... labels) {
    String text = get("/metrics?scope=application").body();
    return text.lines()
        .filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
        .filter(l -> java.util.Arrays.stream(labels).allMatch(l::contains))
        .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
        .sum();
  }

  /** Waits, at most a minute, until the article's status is {@code classified}. */
  public void awaitClassified(String id, String what) {
    await(what)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> json(get("/api/articles/" + id)).getString("status"), "classified"::equals);
  }

  public static JsonObject json(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readObject();
    }
  }

  public static JsonArray jsonArray(HttpResponse<String> response) {
    try (var reader = Json.createReader(new StringReader(response.body()))) {
      return reader.readArray();
    }
  }
}
