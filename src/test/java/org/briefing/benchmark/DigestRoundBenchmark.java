package org.briefing.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.briefing.classification.entity.Classification;
import org.briefing.classification.entity.Event;
import org.briefing.classification.entity.EventType;
import org.briefing.digest.control.DigestRound;
import org.briefing.it.support.BrokerAdmin;
import org.briefing.it.support.Deployments;
import org.briefing.pipeline.control.JsonMapper;
import org.briefing.subscriptions.control.Tokens;
import org.briefing.subscriptions.entity.Frequency;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How long a daily round takes for many subscribers: composed and queued on the mail queue, on the
 * real server, broker and database. Not a test: run it with {@code ./mvnw verify -Pbench-digest}
 * (subscribers from DIGEST_BENCH_SUBSCRIBERS, default 100,000); it prints its figures.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DigestRoundBenchmark {

  private static final String MAIL = "briefing.mail";
  private static final List<String> TOPICS =
      List.of("rare-earths", "lithium", "cobalt", "nickel", "graphite", "copper", "minerals-deal");
  private static final List<String> ACTORS = List.of("US", "CN", "RU", "UA", "EU", "AU", "CD");
  private static final List<String> ZONES =
      List.of("Europe/Kyiv", "America/New_York", "Asia/Tokyo", "UTC", "Australia/Sydney");

  @Deployment
  static WebArchive application() {
    return Deployments.application()
        .addClass(DigestRoundBenchmark.class)
        .addPackages(true, "org.awaitility", "org.hamcrest");
  }

  @Test
  @Order(1)
  @RunAsClient
  void holdTheMail() {
    BrokerAdmin.local().pause(MAIL); // measure the round, not the SMTP server
  }

  @Test
  @Order(2)
  void dailyRound() throws Exception {
    int subscribers =
        Integer.parseInt(System.getenv().getOrDefault("DIGEST_BENCH_SUBSCRIBERS", "100000"));
    Instant now = Instant.now();
    DataSource ds = (DataSource) new InitialContext().lookup("jdbc/briefing");
    long seedStart = System.nanoTime();
    seed(ds, subscribers, 60, now);
    double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

    DigestRound round = jakarta.enterprise.inject.spi.CDI.current().select(DigestRound.class).get();
    Runtime runtime = Runtime.getRuntime();
    long start = System.nanoTime();
    DigestRound.Result result = round.run(Frequency.DAILY);
    double seconds = (System.nanoTime() - start) / 1e9;
    long heapMb = (runtime.totalMemory() - runtime.freeMemory()) / (1024 * 1024);
    // The round's emails are committed to the outbox; the relay hands them to the broker after.
    org.awaitility.Awaitility.await("the outbox empty: every digest on the broker")
        .pollInSameThread()
        .atMost(java.time.Duration.ofMinutes(10))
        .pollInterval(java.time.Duration.ofMillis(100))
        .until(() -> outboxSize(ds) == 0);
    double onBrokerSeconds = (System.nanoTime() - start) / 1e9;

    String figures =
        String.format(
            Locale.ROOT,
            "Daily digest round: %d subscribers, %d digests composed and queued (committed to"
                + " the outbox) in %.1f s (%.0f digests/s; target: 100,000 in <= 60 s), all on the"
                + " broker's mail queue after %.1f s (%.0f/s); seeding took %.1f s;"
                + " heap in use after the round %d MB%n",
            result.subscribers(),
            result.digestsQueued(),
            seconds,
            result.digestsQueued() / seconds,
            onBrokerSeconds,
            result.digestsQueued() / onBrokerSeconds,
            seedSeconds,
            heapMb);
    Path out = Path.of(System.getenv().getOrDefault("BENCH_OUT", "digest-round.txt"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, figures);
    assertEquals(subscribers, result.digestsQueued(), figures);
  }

  @Test
  @Order(3)
  @RunAsClient
  void printAndReleaseTheMail() throws Exception {
    BrokerAdmin admin = BrokerAdmin.local();
    System.out.println(
        Files.readString(Path.of(System.getenv().getOrDefault("BENCH_OUT", "digest-round.txt")))
            + "Messages waiting on "
            + MAIL
            + ": "
            + admin.messageCount(MAIL));
    admin.removeAll(MAIL);
    admin.resume(MAIL);
  }

  private static long outboxSize(DataSource ds) throws Exception {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM outbox");
        java.sql.ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Confirmed daily subscribers and relevant articles classified an hour ago, by plain JDBC. */
  private static void seed(DataSource ds, int subscribers, int articles, Instant now)
      throws Exception {
    Random random = new Random(42);
    Timestamp classified = Timestamp.from(now.minusSeconds(3600));
    Timestamp confirmed = Timestamp.from(now);
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO article (id, title, body, content_hash, received_at, status,"
                  + " classified_at, relevant, score, classification_json, topics, actors, version)"
                  + " VALUES (?, ?, ?, ?, ?, 'CLASSIFIED', ?, TRUE, ?, ?, ?, ?, 0)")) {
        for (int i = 0; i < articles; i++) {
          String id = UUID.randomUUID().toString();
          String topic = TOPICS.get(i % TOPICS.size());
          String actor = ACTORS.get(i % ACTORS.size());
          String other = ACTORS.get((i + 1) % ACTORS.size());
          Classification classification =
              new Classification(
                  true,
                  0.5 + random.nextDouble() / 2,
                  List.of(topic, "minerals-deal"),
                  List.of(actor, other),
                  List.of(),
                  List.of(
                      new Event(
                          actor,
                          other,
                          EventType.NEGOTIATE,
                          topic,
                          actor + " and " + other + " held talks on " + topic + ".",
                          false)),
                  List.of("benchmark"));
          ps.setString(1, id);
          ps.setString(2, actor + " and " + other + " discuss " + topic + " supplies, item " + i);
          ps.setString(3, "Synthetic benchmark article " + i + ".");
          ps.setString(4, Tokens.hash(id));
          ps.setTimestamp(5, classified);
          ps.setTimestamp(6, classified);
          ps.setDouble(7, classification.score());
          ps.setString(8, JsonMapper.write(classification));
          ps.setString(9, "|" + topic + "|minerals-deal|");
          ps.setString(10, "|" + actor + "|" + other + "|");
          ps.addBatch();
        }
        ps.executeBatch();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO subscription (id, email, topics, actors, frequency, timezone,"
                  + " delivery_hour, status, created_at, confirmed_at, version, email_key)"
                  + " VALUES (?, ?, ?, '', 'DAILY', ?, 7, 'CONFIRMED', ?, ?, 0, LOWER(?))")) {
        for (int i = 0; i < subscribers; i++) {
          ps.setString(1, UUID.randomUUID().toString());
          ps.setString(2, "bench-" + i + "@example.org");
          ps.setString(7, "bench-" + i + "@example.org");
          // One mineral or policy area each: every topic has articles, so every one gets a digest.
          ps.setString(3, "|" + TOPICS.get(i % TOPICS.size()) + "|");
          ps.setString(4, ZONES.get(i % ZONES.size()));
          // Confirmed now: the scheduler's next tick finds no delivery hour passed since, and
          // leaves them to the measured round (the manual round takes everyone).
          ps.setTimestamp(5, confirmed);
          ps.setTimestamp(6, confirmed);
          ps.addBatch();
          if (i % 5000 == 4999) {
            ps.executeBatch();
            c.commit();
          }
        }
        ps.executeBatch();
      }
      c.commit();
    }
  }
}
