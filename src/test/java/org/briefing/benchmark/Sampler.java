package org.briefing.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientRequestor;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.api.core.management.ManagementHelper;
import org.apache.activemq.artemis.api.core.management.ResourceNames;

/**
 * Once a second, what the running service is doing: posts accepted, articles classified, each
 * queue's depth, Liberty's heap in use and resident size. One management session to the broker and
 * one database connection for the whole run, so that sampling costs little.
 */
final class Sampler implements AutoCloseable {

  static final List<String> QUEUES =
      List.of("briefing.articles", "briefing.ledger", "briefing.alerts", "briefing.mail");
  private static final Pattern USED_HEAP =
      Pattern.compile("^memory_usedHeap_bytes\\{[^}]*}\\s+([0-9.E+]+)", Pattern.MULTILINE);

  /** One second of the run. */
  record Sample(
      double t, long accepted, long classified, Map<String, Long> depths, long heap, long rss) {}

  private final List<Sample> samples = new ArrayList<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicLong accepted;
  private final long libertyPid;
  private final URI metrics;
  private final Connection db;
  private final ServerLocator locator;
  private final ClientSessionFactory factory;
  private final ClientSession session;
  private final ClientRequestor requestor;
  private long start;

  Sampler(
      AtomicLong accepted,
      long libertyPid,
      String baseUrl,
      String jdbcUrl,
      String dbUser,
      String dbPassword,
      String brokerUrl)
      throws Exception {
    this.accepted = accepted;
    this.libertyPid = libertyPid;
    this.metrics = URI.create(baseUrl + "/metrics?scope=base");
    this.db = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
    this.locator = ActiveMQClient.createServerLocator(brokerUrl);
    this.factory = locator.createSessionFactory();
    this.session = factory.createSession("operator", "operator-local", false, true, true, false, 1);
    session.start();
    this.requestor = new ClientRequestor(session, "activemq.management");
  }

  void start() {
    start = System.nanoTime();
    timer.scheduleAtFixedRate(this::sample, 0, 1, TimeUnit.SECONDS);
  }

  synchronized List<Sample> samples() {
    return List.copyOf(samples);
  }

  synchronized long classified() throws Exception {
    try (Statement s = db.createStatement();
        ResultSet r = s.executeQuery("SELECT count(*) FROM article WHERE status = 'CLASSIFIED'")) {
      r.next();
      return r.getLong(1);
    }
  }

  synchronized long depth(String queue) throws Exception {
    ClientMessage message = session.createMessage(false);
    ManagementHelper.putAttribute(message, ResourceNames.QUEUE + queue, "messageCount");
    ClientMessage reply = requestor.request(message, 5_000);
    return reply == null ? -1 : ((Number) ManagementHelper.getResult(reply)).longValue();
  }

  private void sample() {
    try {
      Map<String, Long> depths = new LinkedHashMap<>();
      for (String queue : QUEUES) {
        depths.put(queue, depth(queue));
      }
      Sample sample =
          new Sample(
              (System.nanoTime() - start) / 1e9,
              accepted.get(),
              classified(),
              depths,
              heap(),
              rss());
      synchronized (this) {
        samples.add(sample);
      }
    } catch (Exception e) {
      System.err.println("Sampler: " + e);
    }
  }

  private long heap() {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(metrics).timeout(Duration.ofSeconds(2)).build(),
              HttpResponse.BodyHandlers.ofString());
      Matcher m = USED_HEAP.matcher(response.body());
      return m.find() ? (long) Double.parseDouble(m.group(1)) : -1;
    } catch (Exception e) {
      return -1;
    }
  }

  /** Resident set size of the Liberty JVM, from /proc (Linux). */
  private long rss() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/" + libertyPid + "/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (Exception e) {
      // the process is gone
    }
    return -1;
  }

  @Override
  public void close() throws Exception {
    timer.shutdownNow();
    timer.awaitTermination(5, TimeUnit.SECONDS);
    requestor.close();
    session.close();
    factory.close();
    locator.close();
    db.close();
  }
}
