package org.briefing.benchmark;

import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

/**
 * Posts articles to the service as newsroom clients would, either as fast as N clients can (closed
 * loop) or at a fixed offered rate (open loop). Latency is measured from the moment a request was
 * due, not from when it could be sent, so that a stalled server is not hidden by clients that wait
 * for it (coordinated omission).
 */
final class LoadGenerator {

  /**
   * One JSON-P provider: {@code Json.create…} looks it up through the service loader on every call,
   * which took 40 % of the load generator's samples.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  /** One accepted article: its id and when its POST was due (wall clock, ms). */
  record Accepted(String id, long dueEpochMillis) {}

  /** What one load phase produced. */
  record Result(
      long offered,
      long accepted,
      long failed,
      double seconds,
      long[] latencyNanos,
      List<Accepted> articles,
      Map<Integer, Long> statuses) {

    double acceptedPerSecond() {
      return accepted / seconds;
    }
  }

  private final PlainHttp http;
  private final String articles;
  private final String batches;

  /** Accepted posts so far, over all phases: the sampler reads it every second. */
  final AtomicLong acceptedTotal = new AtomicLong();

  /** Every post of the run as {due time (wall clock, ms), latency (ns)}, for the plot. */
  final ConcurrentLinkedQueue<long[]> timeline = new ConcurrentLinkedQueue<>();

  LoadGenerator(String baseUrl, String apiKey) {
    this.http = new PlainHttp(URI.create(baseUrl), apiKey);
    this.articles = URI.create(baseUrl + "/api/articles").getPath();
    this.batches = URI.create(baseUrl + "/api/articles/batch").getPath();
  }

  /** {@code clients} clients, each posting its next article as soon as the last one is answered. */
  Result closedLoop(int clients, Duration duration, LongFunction<String> article, AtomicLong next)
      throws InterruptedException {
    return runClients(
        clients,
        duration,
        recorder -> {
          long due = System.nanoTime();
          try {
            recorder.record(due, http.post(articles, article.apply(next.getAndIncrement())));
          } catch (Exception e) {
            recorder.failure(due);
          }
        });
  }

  /** One client's next post, answered into the recorder. */
  private interface Client {
    void postNext(Recorder recorder);
  }

  /** {@code clients} threads, each posting as soon as its last post is answered, until the end. */
  private Result runClients(int clients, Duration duration, Client client)
      throws InterruptedException {
    Recorder recorder = new Recorder();
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      pool.submit(
          () -> {
            while (System.nanoTime() < end) {
              client.postNext(recorder);
            }
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(duration.toSeconds() + 120, TimeUnit.SECONDS);
    return recorder.result((System.nanoTime() - start) / 1e9);
  }

  /**
   * Posts at {@code ratePerSecond} for {@code duration}, whatever the answers take, with at most
   * {@code maxInFlight} requests open (past that the schedule waits, and the wait counts as
   * latency). Each request open has its own thread and connection, as that many clients would.
   */
  Result openLoop(
      double ratePerSecond,
      Duration duration,
      LongFunction<String> article,
      AtomicLong next,
      int maxInFlight)
      throws InterruptedException {
    return openLoopPosts(
        ratePerSecond,
        duration,
        maxInFlight,
        () -> article.apply(next.getAndIncrement()),
        (due, body, recorder) -> recorder.record(due, http.post(articles, body)));
  }

  /**
   * Posts {@code articlesPerSecond} articles a second, {@code perPost} at a time to {@code
   * /api/articles/batch}, for {@code duration}, whatever the answers take; latency is per post.
   */
  Result openLoopBatches(
      double articlesPerSecond,
      int perPost,
      Duration duration,
      LongFunction<String> article,
      AtomicLong next,
      int maxInFlight)
      throws InterruptedException {
    return openLoopPosts(
        articlesPerSecond / perPost,
        duration,
        maxInFlight,
        () -> batchBody(perPost, article, next),
        (due, body, recorder) -> recorder.recordBatch(due, http.post(batches, body)));
  }

  /** Sends a prepared body and records its answer. */
  private interface Sender {
    void send(long due, String body, Recorder recorder) throws Exception;
  }

  private Result openLoopPosts(
      double postsPerSecond,
      Duration duration,
      int maxInFlight,
      java.util.function.Supplier<String> nextBody,
      Sender sender)
      throws InterruptedException {
    Recorder recorder = new Recorder();
    Semaphore inFlight = new Semaphore(maxInFlight);
    long start = System.nanoTime();
    long total = (long) (postsPerSecond * duration.toSeconds());
    double interval = 1e9 / postsPerSecond;
    ExecutorService clients = Executors.newFixedThreadPool(maxInFlight);
    try {
      for (long i = 0; i < total; i++) {
        long due = start + (long) (i * interval);
        long wait = due - System.nanoTime();
        if (wait > 0) {
          LockSupport.parkNanos(wait);
        }
        inFlight.acquire();
        String body = nextBody.get();
        clients.execute(
            () -> {
              try {
                sender.send(due, body, recorder);
              } catch (Exception e) {
                recorder.failure(due);
              } finally {
                inFlight.release();
              }
            });
      }
    } finally {
      clients.shutdown();
      clients.awaitTermination(120, TimeUnit.SECONDS);
    }
    return recorder.result((System.nanoTime() - start) / 1e9);
  }

  /** One post, answered or not, for a single probe article; returns the accepted id or null. */
  String postOne(String article) {
    try {
      PlainHttp.Response response = http.post(articles, article);
      return response.status() == 202 ? id(response.body()) : null;
    } catch (Exception e) {
      return null;
    }
  }

  /**
   * {@code clients} clients, each posting {@code perPost} articles at a time to {@code
   * /api/articles/batch} as soon as its last post is answered; latency is per post.
   */
  Result closedLoopBatches(
      int clients, int perPost, Duration duration, LongFunction<String> article, AtomicLong next)
      throws InterruptedException {
    return runClients(
        clients,
        duration,
        recorder -> {
          String body = batchBody(perPost, article, next);
          long due = System.nanoTime();
          try {
            recorder.recordBatch(due, http.post(batches, body));
          } catch (Exception e) {
            recorder.failure(due);
          }
        });
  }

  private static String batchBody(int perPost, LongFunction<String> article, AtomicLong next) {
    StringBuilder body = new StringBuilder("{\"articles\":[");
    for (int i = 0; i < perPost; i++) {
      body.append(i == 0 ? "" : ",").append(article.apply(next.getAndIncrement()));
    }
    return body.append("]}").toString();
  }

  private static String id(String body) {
    return JSON.createReader(new StringReader(body)).readObject().getString("id");
  }

  /** Collects answers from many threads; converts due times from the nano clock to wall time. */
  private final class Recorder {
    private final long epochMillisAtStart = Instant.now().toEpochMilli();
    private final long nanosAtStart = System.nanoTime();
    private final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Accepted> accepted = new ConcurrentLinkedQueue<>();
    private final Map<Integer, Long> statuses = new java.util.concurrent.ConcurrentHashMap<>();
    private final AtomicLong failed = new AtomicLong();

    void record(long dueNanos, PlainHttp.Response response) {
      long dueEpoch = latency(dueNanos);
      statuses.merge(response.status(), 1L, Long::sum);
      if (response.status() == 202) {
        accepted.add(new Accepted(id(response.body()), dueEpoch));
        acceptedTotal.incrementAndGet();
      } else {
        failed.incrementAndGet();
      }
    }

    /** A post of several articles: each one queued counts as accepted. */
    void recordBatch(long dueNanos, PlainHttp.Response response) {
      long dueEpoch = latency(dueNanos);
      statuses.merge(response.status(), 1L, Long::sum);
      if (response.status() != 202) {
        failed.incrementAndGet();
        return;
      }
      try (var reader = JSON.createReader(new StringReader(response.body()))) {
        for (var receipt : reader.readObject().getJsonArray("articles")) {
          if (!receipt.asJsonObject().getBoolean("duplicate")) {
            accepted.add(new Accepted(receipt.asJsonObject().getString("id"), dueEpoch));
            acceptedTotal.incrementAndGet();
          }
        }
      }
    }

    void failure(long dueNanos) {
      latency(dueNanos);
      statuses.merge(-1, 1L, Long::sum);
      failed.incrementAndGet();
    }

    /** Records the latency of a post due at {@code dueNanos}; returns its due wall-clock time. */
    private long latency(long dueNanos) {
      long latency = System.nanoTime() - dueNanos;
      long dueEpoch = epochMillisAtStart + (dueNanos - nanosAtStart) / 1_000_000;
      latencies.add(latency);
      timeline.add(new long[] {dueEpoch, latency});
      return dueEpoch;
    }

    Result result(double seconds) {
      long[] nanos = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
      return new Result(
          nanos.length,
          accepted.size(),
          failed.get(),
          seconds,
          nanos,
          List.copyOf(accepted),
          Map.copyOf(statuses));
    }
  }

  /** The q-quantile (0..1) of sorted values, in milliseconds. */
  static double percentileMillis(long[] sortedNanos, double q) {
    if (sortedNanos.length == 0) {
      return Double.NaN;
    }
    int index = (int) Math.min(sortedNanos.length - 1, Math.ceil(q * sortedNanos.length) - 1);
    return sortedNanos[Math.max(0, index)] / 1e6;
  }
}
