package org.briefing.benchmark;

import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefing.it.support.Api;
import org.briefing.it.support.LibertyServer;
import org.briefing.it.support.ServerLog;
import org.briefing.it.support.TestEnvironment;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * How fast the service is as it runs in production: the Artemis distribution broker, PostgreSQL
 * (durable: fsync on) and Liberty with the project's own server.xml, each its own process on this
 * machine. Not a test: {@code ./mvnw verify -Pbench-throughput} runs it and prints its figures,
 * writes them to {@code target/benchmarks/throughput.txt} and draws {@code throughput.png}.
 *
 * <p>Phases, one after the other on the same running service: warm-up; the broker's own ceiling
 * ({@code artemis perf client}, persistent, 1 KiB); intake with N closed-loop clients; intake at an
 * offered 1,000 articles/s; end to end at 500 articles/s with alert probes; sustained load for 60
 * s. Between phases the pipeline drains, so that each phase measures itself.
 */
class ThroughputBenchmark {

  private static final Pattern PROBE = Pattern.compile("probe ([0-9a-f]{8})-(\\d+)");

  private static final int CLIENTS = Integer.getInteger("bench.clients", 32);
  private static final double INTAKE_RATE = Double.parseDouble(prop("bench.intake.rate", "1000"));
  private static final double E2E_RATE = Double.parseDouble(prop("bench.e2e.rate", "500"));

  /** Articles a second offered, 50 a post, in the phase that checks every stage keeps up. */
  private static final double BATCHED_RATE = Double.parseDouble(prop("bench.batched.rate", "2000"));

  private static final int SUSTAINED_SECONDS = Integer.getInteger("bench.sustained.seconds", 60);
  private static final int PHASE_SECONDS = Integer.getInteger("bench.phase.seconds", 20);

  /**
   * The warm-up's single posts, with as many clients as the phases after: two minutes after start
   * the just-in-time compiler still took a third of Liberty's processor time (JFR), which a server
   * in production has long paid.
   */
  private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmup.seconds", 60);

  private static final int CEILING_SECONDS = Integer.getInteger("bench.ceiling.seconds", 30);

  /** Articles per post in the last phase, which posts several at once ({@code /batch}). */
  private static final int PER_POST = Integer.getInteger("bench.batch.size", 50);

  /** Clients in that phase: enough to keep every stage busy, few enough not to crowd it. */
  private static final int BATCH_CLIENTS = Integer.getInteger("bench.batch.clients", 4);

  /**
   * {@code -Dbench.only=sustained}: warm-up and the two sustained phases only; {@code
   * -Dbench.only=batched}: warm-up and the phase posting several articles at once. Both to profile
   * quickly.
   */
  private static final String ONLY = only(System.getProperty("bench.only", ""));

  private static final boolean SUSTAINED_ONLY = !ONLY.isEmpty();
  private static final boolean BATCHED_ONLY = "batched".equals(ONLY);

  private static String only(String value) {
    if (!List.of("", "sustained", "batched").contains(value)) {
      throw new IllegalArgumentException(
          "-Dbench.only=" + value + ": expected sustained or batched (or nothing, for all phases)");
    }
    return value;
  }

  private static LibertyServer server;
  private static String baseUrl;
  private static final String MARKER = UUID.randomUUID().toString().substring(0, 8);
  private static final SyntheticArticles ARTICLES = new SyntheticArticles(MARKER);
  private static final AtomicLong NEXT = new AtomicLong();
  private static final List<String> report = new ArrayList<>();
  private static final Map<Long, Long> alertArrivals = new ConcurrentHashMap<>();
  private static final Map<Long, Long> probeDue = new ConcurrentHashMap<>();

  @BeforeAll
  static void startService() throws Exception {
    baseUrl = "http://localhost:" + System.getenv().getOrDefault("HTTP_PORT", "19080");
    server =
        new LibertyServer(
                System.getProperty("bench.server.name", "briefingBench"), serverEnvironment())
            .create();
    server.start();
    await("server and application started")
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                ServerLog.count(server.log(), "CWWKF0011I") > 0
                    && ServerLog.count(server.log(), "CWWKZ0001I") > 0);
    Api api = Api.local();
    await("the API")
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> api.get("/api/articles?size=1").statusCode() == 200);
  }

  /**
   * Liberty's environment: {@code -Dbench.jvm.args} (e.g. {@code
   * -XX:StartFlightRecording=filename=/tmp/liberty.jfr}) and {@code -Dbench.env=NAME=value,…} to
   * try other settings of server.xml's variables (e.g. {@code LEDGER_MAX_SESSIONS=2}).
   */
  private static Map<String, String> serverEnvironment() {
    Map<String, String> environment = new HashMap<>();
    environment.put("JVM_ARGS", System.getProperty("bench.jvm.args", ""));
    for (String setting : System.getProperty("bench.env", "").split(",")) {
      int equals = setting.indexOf('=');
      if (equals > 0) {
        environment.put(
            setting.substring(0, equals).strip(), setting.substring(equals + 1).strip());
      }
    }
    return environment;
  }

  @AfterAll
  static void stopService() throws Exception {
    if (server != null) {
      server.stop();
    }
  }

  @Test
  void throughput() throws Exception {
    LoadGenerator load = new LoadGenerator(baseUrl, apiKey());
    subscribeToUranium();
    Thread mailWatcher = watchAlerts(TestEnvironment.mail());
    List<String> phases = new ArrayList<>();
    List<Double> phaseStarts = new ArrayList<>();
    List<LoadGenerator.Accepted> allAccepted = new ArrayList<>();
    try (Sampler sampler =
        new Sampler(load.acceptedTotal, server.pid(), baseUrl, TestEnvironment.broker().url())) {
      long t0 = System.nanoTime();
      sampler.start();

      mark(phases, phaseStarts, t0, "warm-up");
      // Both ways of posting, so that the just-in-time compiler has seen both paths before any
      // phase is measured (a cold path spent a third of a minute-long phase compiling).
      LoadGenerator.Result warmUp =
          load.closedLoop(CLIENTS, Duration.ofSeconds(WARM_UP_SECONDS), ARTICLES::bulk, NEXT);
      allAccepted.addAll(warmUp.articles());
      LoadGenerator.Result warmUpBatches =
          load.closedLoopBatches(
              1, PER_POST, Duration.ofSeconds(PHASE_SECONDS), ARTICLES::bulk, NEXT);
      allAccepted.addAll(warmUpBatches.articles());
      drain(sampler, load);

      BrokerCeiling.Figures ceiling =
          SUSTAINED_ONLY
              ? null
              : phasesBeforeSustained(load, sampler, phases, phaseStarts, allAccepted, t0);
      if (!BATCHED_ONLY) {
        singlePostsSustained(load, sampler, phases, phaseStarts, allAccepted, t0, ceiling);
      }

      batchedAtOfferedRate(load, sampler, phases, phaseStarts, allAccepted, t0);

      mark(phases, phaseStarts, t0, "sustained, " + PER_POST + " articles a post");
      long batchClassifiedBefore = sampler.classified();
      long batchLedgerBefore = ledgerRead();
      Map<String, Long> batchCpuBefore = ProcessCpu.now();
      long batchStart = System.nanoTime();
      LoadGenerator.Result batches =
          load.closedLoopBatches(
              BATCH_CLIENTS, PER_POST, Duration.ofSeconds(SUSTAINED_SECONDS), ARTICLES::bulk, NEXT);
      double batchSeconds = (System.nanoTime() - batchStart) / 1e9;
      long batchClassified = sampler.classified() - batchClassifiedBefore;
      long batchLedgered = ledgerRead() - batchLedgerBefore;
      allAccepted.addAll(batches.articles());
      double batchDrain = drain(sampler, load);
      Map<String, Long> batchCpuAfter = ProcessCpu.now();
      line(
          "Sustained, %d clients posting %d articles at a time (/api/articles/batch), %.0f s:"
              + " %.0f accepted/s, %.0f classified/s and %.0f through the ledger while posting;"
              + " POST p50 %.1f ms, p99 %.1f ms; backlog drained %.1f s after the last post;"
              + " answers %s",
          BATCH_CLIENTS,
          PER_POST,
          batchSeconds,
          batches.acceptedPerSecond(),
          batchClassified / batchSeconds,
          batchLedgered / batchSeconds,
          LoadGenerator.percentileMillis(batches.latencyNanos(), 0.50),
          LoadGenerator.percentileMillis(batches.latencyNanos(), 0.99),
          batchDrain,
          batches.statuses());
      cpuPerArticle(batchCpuBefore, batchCpuAfter, batches.articles().size());
      if (ceiling != null) {
        line(
            "Service / broker ceiling, posting %d at a time: %.3f",
            PER_POST, batchClassified / batchSeconds / ceiling.messagesPerSecond());
      }

      Counted counted = count(allAccepted);
      line(
          "Accepted over the run: %d; classified %d; duplicates %d; lost %d",
          allAccepted.size(), counted.classified(), counted.duplicates(), counted.lost());
      List<Sampler.Sample> samples = sampler.samples();
      long heap = samples.stream().mapToLong(Sampler.Sample::heap).max().orElse(-1);
      long rss = samples.stream().mapToLong(Sampler.Sample::rss).max().orElse(-1);
      line(
          "Liberty at peak: heap in use %d MB (target <= 512 MB), resident %d MB",
          heap >> 20, rss >> 20);
      write(samples, load, phases, phaseStarts, t0);
    } finally {
      mailWatcher.interrupt();
    }
  }

  /**
   * Posting 50 at a time at an offered rate (open loop): whether every stage, the ledger too, keeps
   * up with it while the posts come, and how deep the ledger's queue gets.
   */
  private static void batchedAtOfferedRate(
      LoadGenerator load,
      Sampler sampler,
      List<String> phases,
      List<Double> phaseStarts,
      List<LoadGenerator.Accepted> allAccepted,
      long t0)
      throws Exception {
    mark(
        phases,
        phaseStarts,
        t0,
        "end to end at " + (int) BATCHED_RATE + "/s, " + PER_POST + " a post");
    long classifiedBefore = sampler.classified();
    long ledgerBefore = ledgerRead();
    Map<String, Long> cpuBefore = ProcessCpu.now();
    double from = (System.nanoTime() - t0) / 1e9;
    LoadGenerator.Result posted =
        load.openLoopBatches(
            BATCHED_RATE,
            PER_POST,
            Duration.ofSeconds(SUSTAINED_SECONDS),
            ARTICLES::bulk,
            NEXT,
            16);
    long classified = sampler.classified() - classifiedBefore;
    long ledgered = ledgerRead() - ledgerBefore;
    double to = (System.nanoTime() - t0) / 1e9;
    allAccepted.addAll(posted.articles());
    double drained = drain(sampler, load);
    Map<String, Long> cpuAfter = ProcessCpu.now();
    long deepestLedger =
        sampler.samples().stream()
            .filter(sample -> sample.t() >= from && sample.t() <= to)
            .mapToLong(sample -> sample.depths().getOrDefault("briefing.ledger", -1L))
            .max()
            .orElse(-1);
    line(
        "End to end at an offered %.0f articles/s, %d a post (/api/articles/batch), %.0f s:"
            + " %.0f accepted/s, %.0f classified/s and %.0f through the ledger while posting"
            + " (target >= 2,000/s); deepest ledger queue %d messages; POST p50 %.1f ms, p99 %.1f"
            + " ms; backlog drained %.1f s after the last post; answers %s",
        BATCHED_RATE,
        PER_POST,
        posted.seconds(),
        posted.acceptedPerSecond(),
        classified / posted.seconds(),
        ledgered / posted.seconds(),
        deepestLedger,
        LoadGenerator.percentileMillis(posted.latencyNanos(), 0.50),
        LoadGenerator.percentileMillis(posted.latencyNanos(), 0.99),
        drained,
        posted.statuses());
    cpuPerArticle(cpuBefore, cpuAfter, posted.articles().size());
  }

  /** Articles the ledger has read so far (one row each): its own count, in the database. */
  private static long ledgerRead() throws Exception {
    try (Connection db = database();
        PreparedStatement count = db.prepareStatement("SELECT count(*) FROM ledger_article");
        var rows = count.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Ceiling, intake with N clients, intake at the offered rate, end to end with alert probes. */
  private static BrokerCeiling.Figures phasesBeforeSustained(
      LoadGenerator load,
      Sampler sampler,
      List<String> phases,
      List<Double> phaseStarts,
      List<LoadGenerator.Accepted> allAccepted,
      long t0)
      throws Exception {
    mark(phases, phaseStarts, t0, "broker ceiling");
    BrokerCeiling.Figures ceiling = BrokerCeiling.measure(CEILING_SECONDS);
    line(
        "Broker ceiling (artemis perf client, persistent, 1 KiB, %d s): %s",
        CEILING_SECONDS, ceiling);

    mark(phases, phaseStarts, t0, "intake, " + CLIENTS + " clients");
    LoadGenerator.Result intake =
        load.closedLoop(CLIENTS, Duration.ofSeconds(PHASE_SECONDS), ARTICLES::bulk, NEXT);
    allAccepted.addAll(intake.articles());
    line(
        "Intake, %d closed-loop clients, %d s: %.0f accepted/s; POST p50 %.1f ms, p99 %.1f ms;"
            + " answers %s",
        CLIENTS,
        PHASE_SECONDS,
        intake.acceptedPerSecond(),
        LoadGenerator.percentileMillis(intake.latencyNanos(), 0.50),
        LoadGenerator.percentileMillis(intake.latencyNanos(), 0.99),
        intake.statuses());
    drain(sampler, load);

    mark(phases, phaseStarts, t0, "intake at " + (int) INTAKE_RATE + "/s");
    LoadGenerator.Result rate =
        load.openLoop(INTAKE_RATE, Duration.ofSeconds(PHASE_SECONDS), ARTICLES::bulk, NEXT, 256);
    allAccepted.addAll(rate.articles());
    line(
        "Intake at an offered %.0f articles/s, %d s: %.0f accepted/s; POST p50 %.1f ms, p99 %.1f"
            + " ms (target p99 <= 25 ms); answers %s",
        INTAKE_RATE,
        PHASE_SECONDS,
        rate.acceptedPerSecond(),
        LoadGenerator.percentileMillis(rate.latencyNanos(), 0.50),
        LoadGenerator.percentileMillis(rate.latencyNanos(), 0.99),
        rate.statuses());
    drain(sampler, load);

    mark(phases, phaseStarts, t0, "end to end at " + (int) E2E_RATE + "/s");
    Thread probes = probes(load, PHASE_SECONDS + 10);
    LoadGenerator.Result e2e =
        load.openLoop(E2E_RATE, Duration.ofSeconds(PHASE_SECONDS + 10), ARTICLES::bulk, NEXT, 256);
    probes.join();
    allAccepted.addAll(e2e.articles());
    drain(sampler, load);
    long[] classifiedLatency = classifiedLatencies(e2e.articles());
    line(
        "End to end at an offered %.0f articles/s, %d s: POST -> classified p50 %.0f ms, p99 %.0f"
            + " ms (target p99 <= 250 ms), %d articles",
        E2E_RATE,
        PHASE_SECONDS + 10,
        LoadGenerator.percentileMillis(classifiedLatency, 0.50),
        LoadGenerator.percentileMillis(classifiedLatency, 0.99),
        classifiedLatency.length);
    await("an alert for every probe")
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> alertArrivals.keySet().containsAll(probeDue.keySet()));
    long[] alertLatency =
        probeDue.entrySet().stream()
            .mapToLong(e -> (alertArrivals.get(e.getKey()) - e.getValue()) * 1_000_000)
            .sorted()
            .toArray();
    line(
        "POST -> immediate alert at the SMTP server (1 probe/s during that phase): p50 %.0f ms,"
            + " p99 %.0f ms (target p99 <= 2 s), %d alerts",
        LoadGenerator.percentileMillis(alertLatency, 0.50),
        LoadGenerator.percentileMillis(alertLatency, 0.99),
        alertLatency.length);

    return ceiling;
  }

  /** Sustained load posting one article at a time, the way most clients post. */
  private static void singlePostsSustained(
      LoadGenerator load,
      Sampler sampler,
      List<String> phases,
      List<Double> phaseStarts,
      List<LoadGenerator.Accepted> allAccepted,
      long t0,
      BrokerCeiling.Figures ceiling)
      throws Exception {
    mark(phases, phaseStarts, t0, "sustained, " + CLIENTS + " clients");
    long classifiedBefore = sampler.classified();
    Map<String, Long> cpuBefore = ProcessCpu.now();
    long sustainedStart = System.nanoTime();
    LoadGenerator.Result sustained =
        load.closedLoop(CLIENTS, Duration.ofSeconds(SUSTAINED_SECONDS), ARTICLES::bulk, NEXT);
    double sustainedSeconds = (System.nanoTime() - sustainedStart) / 1e9;
    long classifiedDuring = sampler.classified() - classifiedBefore;
    allAccepted.addAll(sustained.articles());
    double drainSeconds = drain(sampler, load);
    Map<String, Long> cpuAfter = ProcessCpu.now();
    double classifiedPerSecond = classifiedDuring / sustainedSeconds;
    line(
        "Sustained, %d closed-loop clients, %.0f s: %.0f accepted/s, %.0f classified/s while"
            + " posting (target >= 2,000/s); backlog drained %.1f s after the last post",
        CLIENTS,
        sustainedSeconds,
        sustained.acceptedPerSecond(),
        classifiedPerSecond,
        drainSeconds);
    cpuPerArticle(cpuBefore, cpuAfter, sustained.articles().size());
    if (ceiling != null) {
      line(
          "Service / broker ceiling: %.3f (%.0f classified/s vs %.0f msg/s)",
          classifiedPerSecond / ceiling.messagesPerSecond(),
          classifiedPerSecond,
          ceiling.messagesPerSecond());
    }
  }

  /** What one article of the sustained phase cost each process, in processor time. */
  private static void cpuPerArticle(
      Map<String, Long> before, Map<String, Long> after, int articles) {
    StringBuilder parts = new StringBuilder();
    double total = 0;
    for (String part : after.keySet()) {
      if (!part.equals(ProcessCpu.STOLEN)) {
        double perArticle = (after.get(part) - before.getOrDefault(part, 0L)) / (double) articles;
        total += perArticle;
        parts.append(String.format(Locale.ROOT, "%s %.2f ms, ", part, perArticle));
      }
    }
    double stolen =
        (after.get(ProcessCpu.STOLEN) - before.get(ProcessCpu.STOLEN)) / (double) articles;
    int cores = Runtime.getRuntime().availableProcessors();
    line(
        "Processor time per article (sustained phase and its drain, %d articles): %stotal %.2f ms;"
            + " %d cores allow at most %.0f articles/s at that cost; %s: %.2f ms per article",
        articles, parts, total, cores, cores * 1000 / total, ProcessCpu.STOLEN, stolen);
  }

  /** Sends one uranium probe a second; the immediate subscriber gets an alert for each. */
  private static Thread probes(LoadGenerator load, int seconds) {
    Thread thread =
        new Thread(
            () -> {
              long start = System.nanoTime();
              for (long n = 0; n < seconds; n++) {
                long due = start + n * 1_000_000_000L;
                java.util.concurrent.locks.LockSupport.parkNanos(due - System.nanoTime());
                long dueEpoch = System.currentTimeMillis();
                if (load.postOne(ARTICLES.probe(n)) != null) {
                  probeDue.put(n, dueEpoch);
                }
              }
            },
            "probes");
    thread.start();
    return thread;
  }

  /** Notes when each probe's alert reaches the SMTP server (GreenMail, in this JVM). */
  private static Thread watchAlerts(GreenMail mail) {
    Thread thread =
        new Thread(
            () -> {
              int seen = 0;
              while (!Thread.currentThread().isInterrupted()) {
                MimeMessage[] received = mail.getReceivedMessages();
                long now = System.currentTimeMillis();
                for (int i = seen; i < received.length; i++) {
                  Matcher m = PROBE.matcher(GreenMailUtil.getWholeMessage(received[i]));
                  while (m.find()) {
                    if (m.group(1).equals(MARKER)) {
                      alertArrivals.putIfAbsent(Long.parseLong(m.group(2)), now);
                    }
                  }
                }
                seen = received.length;
                java.util.concurrent.locks.LockSupport.parkNanos(5_000_000);
              }
            },
            "alert-watcher");
    thread.setDaemon(true);
    thread.start();
    return thread;
  }

  /** Waits until every accepted article is classified; returns how long that took. */
  private static double drain(Sampler sampler, LoadGenerator load) {
    long start = System.nanoTime();
    await("every accepted article classified")
        .atMost(Duration.ofMinutes(10))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> sampler.classified() >= load.acceptedTotal.get());
    await("the ledger, alert and mail queues empty")
        .atMost(Duration.ofMinutes(5))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              for (String queue : Sampler.QUEUES) {
                if (sampler.depth(queue) != 0) {
                  return false;
                }
              }
              return true;
            });
    return (System.nanoTime() - start) / 1e9;
  }

  /** POST due time to classified_at (the database's clock is this machine's), in ns, sorted. */
  private static long[] classifiedLatencies(List<LoadGenerator.Accepted> accepted)
      throws Exception {
    Map<String, Long> due = new HashMap<>();
    accepted.forEach(a -> due.put(a.id(), a.dueEpochMillis()));
    List<Long> latencies = new ArrayList<>();
    try (Connection db = database();
        PreparedStatement ps =
            db.prepareStatement("SELECT id, classified_at FROM article WHERE classified_at > ?")) {
      ps.setTimestamp(1, Timestamp.from(Instant.now().minus(Duration.ofHours(1))));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Long dueMillis = due.get(rs.getString(1));
          if (dueMillis != null) {
            latencies.add((rs.getTimestamp(2).getTime() - dueMillis) * 1_000_000);
          }
        }
      }
    }
    return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
  }

  record Counted(long classified, long duplicates, long lost) {}

  /** What became of every accepted article: classified, stored twice, or missing. */
  private static Counted count(List<LoadGenerator.Accepted> accepted) throws Exception {
    Map<String, String> statusById = new HashMap<>();
    long rows = 0;
    long distinctTitles = 0;
    try (Connection db = database()) {
      try (PreparedStatement ps = db.prepareStatement("SELECT id, status FROM article");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          statusById.put(rs.getString(1), rs.getString(2));
        }
      }
      try (PreparedStatement ps =
              db.prepareStatement("SELECT count(*), count(DISTINCT title) FROM article");
          ResultSet rs = ps.executeQuery()) {
        rs.next();
        rows = rs.getLong(1);
        distinctTitles = rs.getLong(2);
      }
    }
    long classified =
        accepted.stream().filter(a -> "CLASSIFIED".equals(statusById.get(a.id()))).count();
    long lost = accepted.stream().filter(a -> !statusById.containsKey(a.id())).count();
    return new Counted(classified, rows - distinctTitles, lost);
  }

  private static void subscribeToUranium() throws Exception {
    Timestamp now = Timestamp.from(Instant.now());
    try (Connection db = database();
        PreparedStatement ps =
            db.prepareStatement(
                "INSERT INTO subscription (id, email, topics, actors, frequency, timezone,"
                    + " delivery_hour, status, created_at, confirmed_at, version, email_key)"
                    + " VALUES (?, ?, '|uranium|', '', 'IMMEDIATE', 'UTC', 7, 'CONFIRMED', ?, ?, 0,"
                    + " LOWER(?))")) {
      ps.setString(1, UUID.randomUUID().toString());
      ps.setString(2, "desk-" + MARKER + "@bench.example.org");
      ps.setString(5, "desk-" + MARKER + "@bench.example.org");
      ps.setTimestamp(3, now);
      ps.setTimestamp(4, now);
      ps.executeUpdate();
    }
  }

  private static void write(
      List<Sampler.Sample> samples,
      LoadGenerator load,
      List<String> phases,
      List<Double> phaseStarts,
      long t0)
      throws IOException {
    Path dir = Path.of(System.getProperty("bench.out", "target/benchmarks"));
    Files.createDirectories(dir);
    Files.write(dir.resolve("throughput.txt"), report);
    StringBuilder csv = new StringBuilder("t,accepted,classified,");
    csv.append(String.join(",", Sampler.QUEUES)).append(",heap,rss");
    Map<String, List<double[]>> cores = coresByProcess(samples);
    cores.keySet().forEach(part -> csv.append(",cores ").append(part));
    csv.append('\n');
    for (int i = 0; i < samples.size(); i++) {
      Sampler.Sample s = samples.get(i);
      csv.append(String.format(Locale.ROOT, "%.1f,%d,%d,", s.t(), s.accepted(), s.classified()));
      for (String queue : Sampler.QUEUES) {
        csv.append(s.depths().get(queue)).append(',');
      }
      csv.append(s.heap()).append(',').append(s.rss());
      for (List<double[]> points : cores.values()) {
        csv.append(String.format(Locale.ROOT, ",%.2f", points.get(i)[1]));
      }
      csv.append('\n');
    }
    Files.writeString(dir.resolve("throughput.csv"), csv);

    List<double[]> acceptedRate = new ArrayList<>();
    List<double[]> classifiedRate = new ArrayList<>();
    Sampler.Sample last = null; // the last sample whose counters were read (-1: /metrics timed out)
    for (Sampler.Sample b : samples) {
      if (b.classified() < 0) {
        continue;
      }
      if (last != null) {
        double dt = b.t() - last.t();
        acceptedRate.add(new double[] {b.t(), (b.accepted() - last.accepted()) / dt});
        classifiedRate.add(new double[] {b.t(), (b.classified() - last.classified()) / dt});
      }
      last = b;
    }
    Plot plot =
        new Plot(
                "Briefing Gateway under load: Liberty + Artemis + PostgreSQL on "
                    + Runtime.getRuntime().availableProcessors()
                    + " cores")
            .panel(
                new Plot.Panel(
                    "Articles per second",
                    false,
                    List.of(
                        new Plot.Series(
                            "accepted (POST 202)", new Color(31, 119, 180), acceptedRate),
                        new Plot.Series("classified", new Color(44, 160, 44), classifiedRate))))
            .panel(
                new Plot.Panel(
                    "POST latency per second, ms (log scale)",
                    true,
                    postLatencySeries(load, samples.isEmpty() ? 0 : t0)))
            .panel(new Plot.Panel("Queue depth (messages)", false, depthSeries(samples)))
            .panel(
                new Plot.Panel(
                    "Processor time by process (cores; the machine has "
                        + Runtime.getRuntime().availableProcessors()
                        + ")",
                    false,
                    coreSeries(cores)));
    for (int i = 0; i < phases.size(); i++) {
      plot.marker(phaseStarts.get(i), phases.get(i));
    }
    plot.write(dir.resolve("throughput.png"));
    System.out.println("Figures, time series and plot in " + dir.toAbsolutePath());
  }

  /** p50 and p99 of the posts due in each second of the run. */
  private static List<Plot.Series> postLatencySeries(LoadGenerator load, long t0) {
    long t0Epoch = System.currentTimeMillis() - (System.nanoTime() - t0) / 1_000_000;
    Map<Long, List<Long>> bySecond = new java.util.TreeMap<>();
    for (long[] post : load.timeline) {
      bySecond.computeIfAbsent((post[0] - t0Epoch) / 1000, k -> new ArrayList<>()).add(post[1]);
    }
    List<double[]> p50 = new ArrayList<>();
    List<double[]> p99 = new ArrayList<>();
    bySecond.forEach(
        (second, list) -> {
          long[] sorted = list.stream().mapToLong(Long::longValue).sorted().toArray();
          p50.add(new double[] {second, LoadGenerator.percentileMillis(sorted, 0.5)});
          p99.add(new double[] {second, LoadGenerator.percentileMillis(sorted, 0.99)});
        });
    return List.of(
        new Plot.Series("POST p50", new Color(255, 127, 14), p50),
        new Plot.Series("POST p99", new Color(214, 39, 40), p99));
  }

  /**
   * Each process's processor time between one sample and the one before, in cores (1.0: one core
   * busy all that time), one point per sample (0 for the first).
   */
  private static Map<String, List<double[]>> coresByProcess(List<Sampler.Sample> samples) {
    Map<String, List<double[]>> cores = new LinkedHashMap<>();
    Sampler.Sample before = null;
    for (Sampler.Sample s : samples) {
      for (Map.Entry<String, Long> part : s.cpuMillis().entrySet()) {
        double used =
            before == null || s.cpuT() <= before.cpuT()
                ? 0
                : (part.getValue() - before.cpuMillis().getOrDefault(part.getKey(), 0L))
                    / 1000.0
                    / (s.cpuT() - before.cpuT());
        cores
            .computeIfAbsent(part.getKey(), k -> new ArrayList<>())
            .add(new double[] {s.t(), Math.max(0, used)});
      }
      before = s;
    }
    return cores;
  }

  private static List<Plot.Series> coreSeries(Map<String, List<double[]>> cores) {
    Color[] colors = {
      new Color(31, 119, 180),
      new Color(255, 127, 14),
      new Color(44, 160, 44),
      new Color(127, 127, 127),
      new Color(214, 39, 40)
    };
    List<Plot.Series> series = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, List<double[]>> part : cores.entrySet()) {
      series.add(new Plot.Series(part.getKey(), colors[i++ % colors.length], part.getValue()));
    }
    return series;
  }

  private static List<Plot.Series> depthSeries(List<Sampler.Sample> samples) {
    Color[] colors = {
      new Color(31, 119, 180),
      new Color(148, 103, 189),
      new Color(140, 86, 75),
      new Color(227, 119, 194)
    };
    List<Plot.Series> series = new ArrayList<>();
    for (int q = 0; q < Sampler.QUEUES.size(); q++) {
      String queue = Sampler.QUEUES.get(q);
      List<double[]> points = new ArrayList<>();
      for (Sampler.Sample s : samples) {
        points.add(new double[] {s.t(), Math.max(0, s.depths().get(queue))});
      }
      series.add(new Plot.Series(queue, colors[q], points));
    }
    return series;
  }

  private static void mark(List<String> phases, List<Double> starts, long t0, String phase) {
    phases.add(phase);
    starts.add((System.nanoTime() - t0) / 1e9);
    System.out.println("BENCH phase: " + phase);
  }

  private static void line(String format, Object... args) {
    String line = String.format(Locale.ROOT, format, args);
    report.add(line);
    System.out.println("BENCH " + line);
  }

  private static Connection database() throws Exception {
    return DriverManager.getConnection(
        System.getenv("DB_URL"), System.getenv("DB_USER"), System.getenv("DB_PASSWORD"));
  }

  private static String apiKey() {
    String keys = System.getenv("BRIEFING_API_KEYS");
    return keys == null || keys.isBlank() ? null : keys.split(",")[0].strip();
  }

  private static String prop(String name, String fallback) {
    return System.getProperty(name, fallback);
  }
}
