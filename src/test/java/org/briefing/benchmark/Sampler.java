package org.briefing.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * queue's depth, Liberty's heap in use and resident size. One management session to the broker for
 * the whole run and the service's own counters, so that sampling costs little.
 */
final class Sampler implements AutoCloseable {

  static final List<String> QUEUES =
      List.of("briefing.articles", "briefing.ledger", "briefing.alerts", "briefing.mail");
  private static final Pattern USED_HEAP = metric("memory_usedHeap_bytes");
  private static final Pattern CLASSIFIED = metric("briefing_articles_classified_total");

  /**
   * One second of the run; {@code cpuMillis} is each process's processor time so far ({@link
   * ProcessCpu}) at {@code cpuT} (read apart from the rest: a slow answer from /metrics would skew
   * it), so that a slow second can be put down to the process that was busy.
   */
  record Sample(
      double t,
      long accepted,
      long classified,
      Map<String, Long> depths,
      long heap,
      long rss,
      Map<String, Long> cpuMillis,
      double cpuT) {}

  private final List<Sample> samples = new ArrayList<>();
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicLong accepted;
  private final long libertyPid;
  private final URI classifiedMetric;
  private final URI heapMetric;
  private final ServerLocator locator;
  private final ClientSessionFactory factory;
  private final ClientSession session;
  private final ClientRequestor requestor;
  private long start;

  Sampler(AtomicLong accepted, long libertyPid, String baseUrl, String brokerUrl) throws Exception {
    this.accepted = accepted;
    this.libertyPid = libertyPid;
    // Only the two metrics read, not the whole /metrics page (hundreds of lines, every second).
    this.classifiedMetric =
        URI.create(baseUrl + "/metrics?scope=application&name=briefing.articles.classified");
    this.heapMetric = URI.create(baseUrl + "/metrics?scope=base&name=memory.usedHeap");
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

  /** Articles classified so far, by the service's counter. */
  long classified() {
    long value = -1;
    for (int attempt = 0; attempt < 5 && value < 0; attempt++) {
      // -1 when /metrics did not answer in time under load
      value = value(CLASSIFIED, metrics(classifiedMetric));
    }
    return value;
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
              value(CLASSIFIED, metrics(classifiedMetric)),
              depths,
              value(USED_HEAP, metrics(heapMetric)),
              rss(),
              ProcessCpu.now(),
              (System.nanoTime() - start) / 1e9);
      synchronized (this) {
        samples.add(sample);
      }
    } catch (Exception e) {
      System.err.println("Sampler: " + e);
    }
  }

  /**
   * The service's own counters (cheap, in memory), rather than counting rows in the database every
   * second, which would load the database the benchmark measures.
   */
  private String metrics(URI metric) {
    try {
      return http.send(
              HttpRequest.newBuilder(metric).timeout(Duration.ofSeconds(2)).build(),
              HttpResponse.BodyHandlers.ofString())
          .body();
    } catch (Exception e) {
      return "";
    }
  }

  private static Pattern metric(String name) {
    return Pattern.compile("^" + name + "\\{[^}]*}\\s+([0-9.E+]+)", Pattern.MULTILINE);
  }

  private static long value(Pattern metric, String text) {
    Matcher m = metric.matcher(text);
    return m.find() ? (long) Double.parseDouble(m.group(1)) : -1;
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
  }
}
