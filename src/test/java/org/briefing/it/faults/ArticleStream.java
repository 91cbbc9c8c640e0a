package org.briefing.it.faults;

import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.briefing.it.support.Api;

/**
 * A stream of distinct articles posted by a few concurrent clients, as a newsroom's feeder would:
 * an article that is not answered 202 (or 200 duplicate) is posted again later with the same
 * content, which deduplication makes safe. It records what the service accepted, then checks what
 * became of each accepted article.
 */
final class ArticleStream {

  /** How many articles a fault test posts: a reduced stream in CI, -Dfaults.articles=2000 full. */
  static int size() {
    return Integer.getInteger("faults.articles", 150);
  }

  private final Api api;
  private final int count;
  private final String marker = UUID.randomUUID().toString().substring(0, 8);
  private final Instant started = Instant.now().minus(1, ChronoUnit.MINUTES);
  private final ConcurrentLinkedQueue<Integer> waiting = new ConcurrentLinkedQueue<>();
  private final Map<Integer, Set<String>> ids = new ConcurrentHashMap<>();
  final AtomicInteger accepted = new AtomicInteger();
  final AtomicInteger failedAttempts = new AtomicInteger();

  /** Answers 503: the service refused an article at once while a dependency was away. */
  final AtomicInteger refused = new AtomicInteger();

  /** The longest a 503 answer took, in milliseconds. */
  final AtomicLong slowestRefusalMillis = new AtomicLong();

  final AtomicInteger attempts = new AtomicInteger();
  private final CountDownLatch done = new CountDownLatch(1);
  private ExecutorService clients;

  ArticleStream(Api api, int count) {
    this.api = api;
    this.count = count;
    for (int i = 0; i < count; i++) {
      waiting.add(i);
    }
  }

  String article(int i) {
    return Json.createObjectBuilder()
        .add("title", "Kremlin offers Washington rare earth deal " + marker + " no. " + i)
        .add(
            "body",
            "MOSCOW (Test Wire) - President Vladimir Putin said Russia was ready to offer the United"
                + " States joint projects to mine rare earth metals. Kremlin spokesman Dmitry"
                + " Peskov said the United States needed rare earths. Stream "
                + marker
                + " article "
                + i
                + ".")
        .add("url", "https://faults.example.org/" + marker + "/" + i)
        .add("source", "Fault Wire")
        .add("publishedAt", "2025-02-24T10:00:00Z")
        .build()
        .toString();
  }

  /** Starts the clients; they post until every article is accepted or the deadline passes. */
  ArticleStream start(int clientCount, Duration deadline) {
    // One article first, alone: a freshly deployed application warms up for a while, and a crowd of
    // first requests only makes that longer.
    Integer first = waiting.poll();
    if (first != null && !post(first)) {
      waiting.add(first);
    }
    clients = Executors.newFixedThreadPool(clientCount);
    long end = System.nanoTime() + deadline.toNanos();
    AtomicInteger running = new AtomicInteger(clientCount);
    for (int c = 0; c < clientCount; c++) {
      clients.submit(
          () -> {
            try {
              Integer next;
              while ((next = waiting.poll()) != null && System.nanoTime() < end) {
                if (!post(next)) {
                  waiting.add(next); // the client tries this one again later
                }
              }
            } finally {
              if (running.decrementAndGet() == 0) {
                done.countDown();
              }
            }
          });
    }
    return this;
  }

  private boolean post(int i) {
    attempts.incrementAndGet();
    long sent = System.nanoTime();
    try {
      HttpResponse<String> response =
          api.send(
              HttpRequest.newBuilder(api.uri("/api/articles"))
                  .timeout(Duration.ofSeconds(90))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(article(i)))
                  .build());
      if (response.statusCode() == 202 || response.statusCode() == 200) {
        ids.computeIfAbsent(i, k -> ConcurrentHashMap.newKeySet())
            .add(Api.json(response).getString("id"));
        accepted.incrementAndGet();
        return true;
      }
      if (response.statusCode() == 503) {
        refused.incrementAndGet();
        slowestRefusalMillis.accumulateAndGet(
            Duration.ofNanos(System.nanoTime() - sent).toMillis(), Math::max);
      }
    } catch (RuntimeException e) {
      // Connection refused or reset while a process is down: not accepted.
    }
    failedAttempts.incrementAndGet();
    // A real client backs off before it tries again (503 says so with Retry-After); so does this
    // one, a little.
    java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(250).toNanos());
    return false;
  }

  void awaitPosted(Duration atMost) throws InterruptedException {
    if (!done.await(atMost.toSeconds(), TimeUnit.SECONDS)) {
      throw new AssertionError("The clients did not finish within " + atMost);
    }
    clients.shutdown();
  }

  /** What the service holds for this stream, from its own list of articles. */
  Figures figures() {
    Map<String, String> statusById = new HashMap<>();
    Map<String, Integer> rowsByTitle = new HashMap<>();
    int page = 0;
    boolean more = true;
    while (more) {
      JsonObject list =
          Api.json(
              api.get(
                  "/api/articles?size=100&page="
                      + page
                      + "&since="
                      + URLEncoder.encode(started.toString(), StandardCharsets.UTF_8)));
      for (JsonObject item : list.getJsonArray("items").getValuesAs(JsonObject.class)) {
        if (item.getString("title").contains(marker)) {
          statusById.put(item.getString("id"), item.getString("status"));
          rowsByTitle.merge(item.getString("title"), 1, Integer::sum);
        }
      }
      more = list.getBoolean("more");
      page++;
    }
    Set<String> acceptedIds = new HashSet<>();
    int idsForOneArticle = 0;
    for (Set<String> forArticle : ids.values()) {
      acceptedIds.addAll(forArticle);
      idsForOneArticle += forArticle.size() - 1;
    }
    int classified = 0;
    int lost = 0;
    for (String id : acceptedIds) {
      String status = statusById.get(id);
      if ("classified".equals(status)) {
        classified++;
      } else if (status == null) {
        lost++;
      }
    }
    int duplicateRows = rowsByTitle.values().stream().mapToInt(n -> n - 1).sum() + idsForOneArticle;
    return new Figures(
        count,
        ids.size(),
        acceptedIds.size(),
        classified,
        duplicateRows,
        lost,
        statusById.size(),
        attempts.get(),
        failedAttempts.get());
  }

  /** Waits (bounded) until every accepted article is classified, and returns the figures. */
  Figures awaitClassified(Duration atMost) {
    return await("every accepted article classified")
        .atMost(atMost)
        .pollInterval(Duration.ofSeconds(1))
        .until(this::figures, f -> f.classified() == f.acceptedIds());
  }

  /**
   * What became of a stream.
   *
   * @param articles articles in the stream
   * @param acceptedArticles articles the service answered 202/200 for, at least once
   * @param acceptedIds distinct ids those answers carried
   * @param classified accepted ids whose article is classified
   * @param duplicates rows beyond one per article, plus ids beyond one per article
   * @param lost accepted ids the service does not hold
   * @param rows rows the service holds for the stream
   * @param attempts requests posted
   * @param failedAttempts requests not accepted (errors while a process was down)
   */
  record Figures(
      int articles,
      int acceptedArticles,
      int acceptedIds,
      int classified,
      int duplicates,
      int lost,
      int rows,
      int attempts,
      int failedAttempts) {

    String line(String fault) {
      return String.format(
          "FAULT %-28s articles=%d accepted=%d classified=%d duplicates=%d lost=%d"
              + " (rows=%d, requests=%d, refused while down=%d)",
          fault,
          articles,
          acceptedArticles,
          classified,
          duplicates,
          lost,
          rows,
          attempts,
          failedAttempts);
    }
  }
}
