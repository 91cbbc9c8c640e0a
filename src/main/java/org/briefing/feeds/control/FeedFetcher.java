package org.briefing.feeds.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches a feed with a conditional GET ({@code If-None-Match}, {@code If-Modified-Since}) within
 * fixed limits: at most {@link #MAX_BYTES}, {@link #MAX_REDIRECTS} redirects followed here (each
 * target checked by {@link FeedAddresses}, a loop stopped at once), {@link #CONNECT_TIMEOUT} to
 * connect and {@link #TOTAL_TIMEOUT} for the whole exchange. Never throws: every way it can fail is
 * a {@link Fetch.Failed} with its reason.
 */
public final class FeedFetcher {

  public static final int MAX_BYTES = 5 * 1024 * 1024;
  public static final int MAX_REDIRECTS = 5;
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
  public static final Duration TOTAL_TIMEOUT = Duration.ofSeconds(20);

  static final String ACCEPT =
      "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9,"
          + " */*;q=0.5";
  static final String USER_AGENT = "BriefingGateway/1 (feed intake)";

  private final FeedAddresses addresses;
  private final HttpClient client;

  /**
   * @param executor runs the HTTP client's work (the server's managed executor)
   */
  public FeedFetcher(FeedAddresses addresses, Executor executor) {
    this.addresses = addresses;
    HttpClient.Builder builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER);
    if (executor != null) {
      builder.executor(executor);
    }
    this.client = builder.build();
  }

  /**
   * @param etag the ETag of the last document, or null
   * @param lastModified the Last-Modified of the last document, or null
   */
  public Fetch fetch(URI url, String etag, String lastModified) {
    long deadline = System.nanoTime() + TOTAL_TIMEOUT.toNanos();
    Set<URI> visited = new HashSet<>();
    URI current = url;
    Integer redirectStatus = null; // of the answer that sent us to current, if one did
    for (int redirects = 0; ; redirects++) {
      Optional<String> refusal = addresses.refusal(current);
      if (refusal.isPresent()) {
        return new Fetch.Failed(
            redirectStatus,
            (redirects == 0 ? "URL " : "redirect to " + current + " ") + refusal.get(),
            null);
      }
      if (!visited.add(current.normalize())) {
        return new Fetch.Failed(
            redirectStatus, "redirect loop: " + current + " was visited before", null);
      }
      HttpResponse<byte[]> response;
      try {
        response = exchange(current, etag, lastModified, deadline);
      } catch (TooLarge e) {
        return new Fetch.Failed(null, "the document is larger than " + MAX_BYTES + " bytes", null);
      } catch (HttpConnectTimeoutException e) {
        return new Fetch.Failed(
            null, "no connection within " + CONNECT_TIMEOUT.toSeconds() + " s", null);
      } catch (TimeoutException | HttpTimeoutException e) {
        return new Fetch.Failed(
            null, "no complete answer within " + TOTAL_TIMEOUT.toSeconds() + " s", null);
      } catch (IOException e) {
        return new Fetch.Failed(null, "could not fetch: " + describe(e), null);
      }
      int status = response.statusCode();
      if (isRedirect(status)) {
        Optional<String> location = response.headers().firstValue("Location");
        if (location.isEmpty()) {
          return new Fetch.Failed(status, "redirect without a Location", null);
        }
        if (redirects >= MAX_REDIRECTS) {
          return new Fetch.Failed(status, "more than " + MAX_REDIRECTS + " redirects", null);
        }
        redirectStatus = status;
        try {
          current = current.resolve(location.get().strip());
        } catch (IllegalArgumentException e) {
          return new Fetch.Failed(status, "redirect to an unreadable Location", null);
        }
        continue;
      }
      if (status == 304) {
        return new Fetch.NotModified();
      }
      if (status != 200) {
        return new Fetch.Failed(
            status, "HTTP " + status, response.headers().firstValue("Retry-After").orElse(null));
      }
      return new Fetch.Document(
          response.body(),
          response.headers().firstValue("Content-Type").orElse(null),
          current,
          response.headers().firstValue("ETag").orElse(null),
          response.headers().firstValue("Last-Modified").orElse(null));
    }
  }

  private HttpResponse<byte[]> exchange(URI url, String etag, String lastModified, long deadline)
      throws IOException, TimeoutException {
    long left = deadline - System.nanoTime();
    if (left <= 0) {
      throw new TimeoutException();
    }
    HttpRequest.Builder request =
        HttpRequest.newBuilder(url)
            .GET()
            .timeout(Duration.ofNanos(left))
            .header("Accept", ACCEPT)
            .header("User-Agent", USER_AGENT);
    if (etag != null) {
      request.header("If-None-Match", etag);
    }
    if (lastModified != null) {
      request.header("If-Modified-Since", lastModified);
    }
    CompletableFuture<HttpResponse<byte[]>> answer =
        client.sendAsync(request.build(), FeedFetcher::body);
    try {
      return answer.get(left, TimeUnit.NANOSECONDS);
    } catch (TimeoutException e) {
      answer.cancel(true);
      throw e;
    } catch (InterruptedException e) {
      answer.cancel(true);
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof TooLarge tooLarge) {
        throw tooLarge;
      }
      if (e.getCause() instanceof IOException io) {
        if (io.getCause() instanceof TooLarge tooLarge) {
          throw tooLarge;
        }
        throw io;
      }
      throw new IOException(e.getCause());
    }
  }

  /** The body of a 200, within {@link #MAX_BYTES}; any other answer's body is not read. */
  private static HttpResponse.BodySubscriber<byte[]> body(HttpResponse.ResponseInfo info) {
    if (info.statusCode() != 200) {
      return HttpResponse.BodySubscribers.replacing(new byte[0]);
    }
    long declared = info.headers().firstValueAsLong("Content-Length").orElse(-1);
    if (declared > MAX_BYTES) {
      return new Refused();
    }
    return new Bounded();
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : " " + message);
  }

  /** A document over the limit. */
  static final class TooLarge extends IOException {
    TooLarge() {
      super("larger than " + MAX_BYTES + " bytes");
    }
  }

  /** Collects the body, and gives up (cancelling the exchange) once it passes the limit. */
  private static final class Bounded implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      this.subscription = subscription;
      subscription.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
      if (result.isDone()) {
        return;
      }
      for (ByteBuffer buffer : buffers) {
        if (bytes.size() + (long) buffer.remaining() > MAX_BYTES) {
          subscription.cancel();
          result.completeExceptionally(new TooLarge());
          return;
        }
        byte[] chunk = new byte[buffer.remaining()];
        buffer.get(chunk);
        bytes.write(chunk, 0, chunk.length);
      }
    }

    @Override
    public void onError(Throwable error) {
      result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
      result.complete(bytes.toByteArray());
    }
  }

  /** A body whose declared length is over the limit: not read at all. */
  private static final class Refused implements HttpResponse.BodySubscriber<byte[]> {
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();

    @Override
    public CompletionStage<byte[]> getBody() {
      return result;
    }

    @Override
    public void onSubscribe(Flow.Subscription subscription) {
      subscription.cancel();
      result.completeExceptionally(new TooLarge());
    }

    @Override
    public void onNext(List<ByteBuffer> item) {}

    @Override
    public void onError(Throwable throwable) {
      result.completeExceptionally(throwable);
    }

    @Override
    public void onComplete() {
      result.completeExceptionally(new TooLarge());
    }
  }
}
