package org.briefing.feeds.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fetcher against a real HTTP server on loopback (allowed here, as in the local run):
 * conditional GETs, redirects it follows itself, loops, limits and errors.
 */
class FeedFetcherTest {

  private HttpServer server;
  private final List<String> ifNoneMatch = new CopyOnWriteArrayList<>();
  private final FeedFetcher fetcher = new FeedFetcher(new FeedAddresses(true), null);

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/feed",
        exchange -> {
          String etag = exchange.getRequestHeaders().getFirst("If-None-Match");
          ifNoneMatch.add(String.valueOf(etag));
          if ("\"v1\"".equals(etag)) {
            send(exchange, 304, null);
            return;
          }
          exchange.getResponseHeaders().add("ETag", "\"v1\"");
          exchange.getResponseHeaders().add("Last-Modified", "Mon, 02 Mar 2026 08:00:00 GMT");
          exchange.getResponseHeaders().add("Content-Type", "application/rss+xml");
          send(exchange, 200, "<rss version=\"2.0\"><channel/></rss>");
        });
    server.createContext("/hop1", exchange -> redirect(exchange, 301, "/hop2"));
    server.createContext("/hop2", exchange -> redirect(exchange, 307, url("/feed").toString()));
    server.createContext("/loop-a", exchange -> redirect(exchange, 302, "/loop-b"));
    server.createContext("/loop-b", exchange -> redirect(exchange, 302, "/loop-a"));
    server.createContext(
        "/chain",
        exchange -> {
          int step = Integer.parseInt(exchange.getRequestURI().getQuery());
          redirect(exchange, 302, "/chain?" + (step + 1));
        });
    server.createContext("/to-file", exchange -> redirect(exchange, 302, "file:///etc/passwd"));
    server.createContext(
        "/busy",
        exchange -> {
          exchange.getResponseHeaders().add("Retry-After", "120");
          send(exchange, 503, "busy");
        });
    server.createContext(
        "/huge",
        exchange -> {
          exchange.sendResponseHeaders(200, 0); // chunked: no length to refuse it by
          byte[] block = new byte[64 * 1024];
          try (OutputStream out = exchange.getResponseBody()) {
            for (int sent = 0; sent <= FeedFetcher.MAX_BYTES; sent += block.length) {
              out.write(block);
            }
          } catch (IOException e) {
            // the fetcher hung up, as it should
          }
        });
    server.createContext(
        "/declared-huge",
        exchange -> {
          exchange.sendResponseHeaders(200, FeedFetcher.MAX_BYTES + 1L);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void aDocumentComesWithItsValidatorsAndTheNextFetchIsConditional() {
    Fetch first = fetcher.fetch(url("/feed"), null, null);
    assertThat(first).isInstanceOf(Fetch.Document.class);
    Fetch.Document document = (Fetch.Document) first;
    assertThat(new String(document.body(), StandardCharsets.UTF_8)).contains("<rss");
    assertThat(document.etag()).isEqualTo("\"v1\"");
    assertThat(document.lastModified()).isEqualTo("Mon, 02 Mar 2026 08:00:00 GMT");
    assertThat(document.contentType()).isEqualTo("application/rss+xml");

    Fetch second = fetcher.fetch(url("/feed"), document.etag(), document.lastModified());
    assertThat(second).isInstanceOf(Fetch.NotModified.class);
    assertThat(ifNoneMatch).containsExactly("null", "\"v1\"");
  }

  @Test
  void redirectsAreFollowedAndTheDocumentKnowsWhereItWasFound() {
    Fetch fetch = fetcher.fetch(url("/hop1"), null, null);
    assertThat(fetch).isInstanceOf(Fetch.Document.class);
    assertThat(((Fetch.Document) fetch).url()).isEqualTo(url("/feed"));
  }

  @Test
  void aRedirectLoopStopsAtTheFirstRepeat() {
    assertThat(fetcher.fetch(url("/loop-a"), null, null))
        .isEqualTo(
            new Fetch.Failed(
                302, "redirect loop: " + url("/loop-a") + " was visited before", null));
  }

  @Test
  void moreRedirectsThanTheLimitFail() {
    Fetch fetch = fetcher.fetch(url("/chain?0"), null, null);
    assertThat(fetch)
        .isEqualTo(
            new Fetch.Failed(302, "more than " + FeedFetcher.MAX_REDIRECTS + " redirects", null));
  }

  @Test
  void aRedirectToAnotherSchemeIsRefused() {
    Fetch fetch = fetcher.fetch(url("/to-file"), null, null);
    assertThat(fetch).isInstanceOf(Fetch.Failed.class);
    assertThat(((Fetch.Failed) fetch).reason())
        .startsWith("redirect to file:///etc/passwd must be an http or https URL");
  }

  @Test
  void anErrorStatusComesWithTheServersRetryAfter() {
    assertThat(fetcher.fetch(url("/busy"), null, null))
        .isEqualTo(new Fetch.Failed(503, "HTTP 503", "120"));
  }

  @Test
  void aDocumentOverTheLimitIsNotReadToTheEnd() {
    for (String path : new String[] {"/huge", "/declared-huge"}) {
      Fetch fetch = fetcher.fetch(url(path), null, null);
      assertThat(fetch).as(path).isInstanceOf(Fetch.Failed.class);
      assertThat(((Fetch.Failed) fetch).reason()).as(path).contains("larger than");
    }
  }

  @Test
  void loopbackIsRefusedUnlessAllowed() {
    Fetch fetch = new FeedFetcher(new FeedAddresses(false), null).fetch(url("/feed"), null, null);
    assertThat(fetch).isInstanceOf(Fetch.Failed.class);
    assertThat(((Fetch.Failed) fetch).reason()).contains("loopback, private or link-local");
    assertThat(ifNoneMatch).as("no request was made").isEmpty();
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private static void redirect(HttpExchange exchange, int status, String location)
      throws IOException {
    exchange.getResponseHeaders().add("Location", location);
    send(exchange, status, null);
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
