package org.briefing.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Feeds served from inside a test, on loopback (which the test server may fetch from, as the local
 * run may): each path answers as the test says, and every request is kept to be looked at.
 */
public final class FeedServer implements AutoCloseable {

  /** One request as it came: its path and the conditional headers it carried. */
  public record Request(String path, String ifNoneMatch, String ifModifiedSince) {}

  /** What a path answers. */
  @FunctionalInterface
  public interface Answer {
    void answer(HttpExchange exchange) throws IOException;
  }

  private final HttpServer server;
  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final List<Request> requests = new CopyOnWriteArrayList<>();

  public FeedServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext(
        "/",
        exchange -> {
          String path = exchange.getRequestURI().getPath();
          requests.add(
              new Request(
                  path,
                  exchange.getRequestHeaders().getFirst("If-None-Match"),
                  exchange.getRequestHeaders().getFirst("If-Modified-Since")));
          Answer answer = answers.get(path);
          if (answer == null) {
            send(exchange, 404, null, null);
          } else {
            answer.answer(exchange);
          }
          exchange.close();
        });
    server.start();
  }

  public String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  public FeedServer on(String path, Answer answer) {
    answers.put(path, answer);
    return this;
  }

  /** A feed document; with an ETag, a request that sends it back is answered 304. */
  public FeedServer document(String path, String contentType, byte[] body, String etag) {
    return on(
        path,
        exchange -> {
          if (etag != null && etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            exchange.getResponseHeaders().add("ETag", etag);
            send(exchange, 304, null, null);
            return;
          }
          if (etag != null) {
            exchange.getResponseHeaders().add("ETag", etag);
          }
          send(exchange, 200, contentType, body);
        });
  }

  public FeedServer status(String path, int status, Map<String, String> headers) {
    return on(
        path,
        exchange -> {
          headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
          send(exchange, status, "text/plain", "no feed here".getBytes());
        });
  }

  public FeedServer redirect(String path, String location) {
    return status(path, 302, Map.of("Location", location));
  }

  public List<Request> requests(String path) {
    return requests.stream().filter(r -> r.path().equals(path)).toList();
  }

  private static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().add("Content-Type", contentType);
    }
    boolean empty = body == null || body.length == 0 || status == 304;
    exchange.sendResponseHeaders(status, empty ? -1 : body.length);
    if (!empty) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
