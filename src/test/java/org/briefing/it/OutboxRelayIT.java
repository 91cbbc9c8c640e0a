package org.briefing.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.TextMessage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.briefing.it.support.BrokerAdmin;
import org.briefing.it.support.Deployments;
import org.briefing.outbox.control.OutboxStore;
import org.briefing.outbox.control.OutboxTransport;
import org.briefing.outbox.entity.OutboxMessage;
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
 * The outbox relay on the real stack (Liberty, Artemis and the suite's database, H2 or PostgreSQL):
 * two senders over one outbox table, as two nodes' relays, send each row once, and a message sent
 * again with the same outbox id (a crash between the send and the delete) arrives once. The test's
 * messages go to a queue of its own with no consumer, where they are counted; its rows are due only
 * in an hour, so the server's own relay leaves them to the test's senders.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OutboxRelayIT {

  private static final String QUEUE = "briefing.it.relay";
  private static final int HELD = 100;
  private static final int DRAINED = 300;
  private static final int SENT_AGAIN = 4;

  @Deployment
  static WebArchive application() {
    return Deployments.application()
        .addClass(OutboxRelayIT.class)
        .addPackages(true, "org.awaitility", "org.hamcrest");
  }

  @Test
  @Order(1)
  @RunAsClient
  void aQueueOfItsOwn() {
    BrokerAdmin.local().createQueue(QUEUE);
  }

  /**
   * While one sender holds its claim (inside its transaction, before its send), another claims none
   * of those rows. PostgreSQL gives it the next ones; on H2 (one node only) a claim picks the
   * oldest first and then locks those still free, so there the second gets none until the first
   * ends. Both roll back.
   */
  @Test
  @Order(2)
  void whileOneSenderHoldsItsClaimTheOtherPassesOverThoseRows() throws Exception {
    Instant later = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
    List<String> mine = insert(2 * HELD, "held-" + UUID.randomUUID(), later);
    awaitNoOtherRowsDueBefore(later);
    Instant dueBy = later.plus(Duration.ofHours(1));
    OutboxStore store = CDI.current().select(OutboxStore.class).get();
    Set<String> first = ConcurrentHashMap.newKeySet();
    Set<String> second = ConcurrentHashMap.newKeySet();
    CountDownLatch holding = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);

    Future<Integer> holder =
        executor()
            .submit(
                () ->
                    store.sendOldest(
                        HELD,
                        dueBy,
                        claimed -> {
                          claimed.forEach(m -> first.add(m.id()));
                          holding.countDown();
                          awaitLatch(release);
                          throw new RolledBackOnPurpose();
                        }));
    assertTrue(holding.await(30, TimeUnit.SECONDS), "the first sender claimed its rows");
    try {
      store.sendOldest(
          HELD,
          dueBy,
          claimed -> {
            claimed.forEach(m -> second.add(m.id()));
            throw new RolledBackOnPurpose();
          });
    } catch (RolledBackOnPurpose expected) {
      // it claimed some: they are recorded, and its transaction rolled back
    } finally {
      release.countDown();
    }
    ExecutionException ended =
        assertThrows(ExecutionException.class, () -> holder.get(30, TimeUnit.SECONDS));
    assertTrue(ended.getCause() instanceof RolledBackOnPurpose, ended.toString());

    assertEquals(HELD, first.size());
    assertTrue(mine.containsAll(first));
    Set<String> both = new HashSet<>(first);
    both.retainAll(second);
    assertEquals(Set.of(), both, "rows claimed by both senders");
    if ("postgres".equals(System.getenv("DB_KIND"))) {
      assertEquals(HELD, second.size(), "PostgreSQL: the second takes the next rows");
      assertEquals(Set.copyOf(mine), union(first, second));
    } else {
      assertEquals(Set.of(), second, "H2: the oldest are held until the first ends");
    }
    assertEquals(2 * HELD, waiting(mine), "both rolled back: every row waits again");
    delete(mine);
  }

  /** Two senders drain one outbox at once, as two nodes' looks in the table: each row goes once. */
  @Test
  @Order(3)
  void twoSendersDrainingOneOutboxSendEachRowOnce() throws Exception {
    String marker = "drained-" + UUID.randomUUID();
    Instant later = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.MILLIS);
    List<String> mine = insert(DRAINED, marker, later);
    Instant dueBy = later.plus(Duration.ofHours(1));
    OutboxStore store = CDI.current().select(OutboxStore.class).get();
    OutboxTransport transport = CDI.current().select(OutboxTransport.class).get();
    Map<String, List<String>> sentBy = new ConcurrentHashMap<>();
    CyclicBarrier start = new CyclicBarrier(2);
    Function<String, Callable<Integer>> sender =
        name ->
            () -> {
              start.await(30, TimeUnit.SECONDS);
              List<String> sent = Collections.synchronizedList(new ArrayList<>());
              sentBy.put(name, sent);
              while (store.sendOldest(
                      10,
                      dueBy,
                      batch -> {
                        transport.send(batch);
                        batch.forEach(m -> sent.add(m.id()));
                      })
                  > 0) {
                // until nothing is left to claim
              }
              return sent.size();
            };

    Future<Integer> one = executor().submit(sender.apply("one"));
    Future<Integer> two = executor().submit(sender.apply("two"));
    one.get(120, TimeUnit.SECONDS);
    two.get(120, TimeUnit.SECONDS);

    Map<String, Long> timesSent =
        sentBy.values().stream()
            .flatMap(List::stream)
            .filter(Set.copyOf(mine)::contains)
            .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
    System.out.println(
        "RELAY two senders drained "
            + DRAINED
            + " rows: "
            + sentBy.get("one").stream().filter(mine::contains).count()
            + " and "
            + sentBy.get("two").stream().filter(mine::contains).count());
    assertEquals(Set.copyOf(mine), timesSent.keySet(), "every row sent");
    assertEquals(Set.of(1L), Set.copyOf(timesSent.values()), "no row sent twice");
    assertEquals(0, waiting(mine), "every sent row deleted");
    assertEquals(DRAINED, onQueue(marker).size(), "messages on the broker");
  }

  /**
   * A message the broker already has is dropped by its duplicate detection (the id is the outbox
   * row's): sent alone, or inside a batch, whose other messages still arrive (the refused batch
   * goes one message per transaction). And the crash between a send and its delete: the row stays,
   * the server's relay sends it again, and it arrives once.
   */
  @Test
  @Order(4)
  void aMessageSentAgainWithItsOutboxIdArrivesOnce() throws Exception {
    String marker = "again-" + UUID.randomUUID();
    OutboxTransport transport = CDI.current().select(OutboxTransport.class).get();
    Instant now = Instant.now();
    OutboxMessage one = message(marker, "one", now);
    OutboxMessage two = message(marker, "two", now);
    OutboxMessage three = message(marker, "three", now);

    transport.send(List.of(one));
    transport.send(List.of(one));
    transport.send(List.of(two, one, three));

    OutboxMessage four = message(marker, "four", now.minus(Duration.ofMinutes(1)));
    transport.send(List.of(four));
    insert(four); // the row a relay that crashed before its delete left behind
    await("the server's relay sent the left row again")
        .pollInSameThread()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> waiting(List.of(four.id())) == 0);

    List<String> arrived = onQueue(marker);
    Collections.sort(arrived);
    assertEquals(List.of("four", "one", "three", "two"), arrived);
  }

  /** The broker's own count: it routed each message once, duplicates not at all. */
  @Test
  @Order(5)
  @RunAsClient
  void theBrokerRoutedEachMessageOnce() {
    BrokerAdmin broker = BrokerAdmin.local();
    try {
      assertEquals(DRAINED + SENT_AGAIN, broker.messagesAdded(QUEUE));
    } finally {
      broker.destroyQueue(QUEUE);
    }
  }

  private static final class RolledBackOnPurpose extends RuntimeException {}

  private static OutboxMessage message(String marker, String body, Instant sendAfter) {
    return new OutboxMessage(
        UUID.randomUUID().toString(),
        QUEUE,
        body,
        "{\"relayTest\":\"" + marker + "\"}",
        sendAfter,
        sendAfter);
  }

  /**
   * Rows for the test's queue, due from {@code from} on, a millisecond apart (whole milliseconds:
   * the database keeps microseconds).
   */
  private static List<String> insert(int count, String marker, Instant from) throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      OutboxMessage m = message(marker, marker + " " + i, from.plusMillis(i));
      insert(m);
      ids.add(m.id());
    }
    return ids;
  }

  private static void insert(OutboxMessage m) throws Exception {
    try (Connection c = dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO outbox (id, queue, body, properties, created_at, send_after)"
                    + " VALUES (?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, m.id());
      ps.setString(2, m.queue());
      ps.setString(3, m.body());
      ps.setString(4, m.properties());
      ps.setObject(5, m.createdAt().atOffset(ZoneOffset.UTC));
      ps.setObject(6, m.createdAt().atOffset(ZoneOffset.UTC));
      ps.executeUpdate();
    }
  }

  /** How many of these rows are still in the outbox. */
  private static int waiting(List<String> ids) throws Exception {
    int count = 0;
    try (Connection c = dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM outbox WHERE id = ?")) {
      for (String id : ids) {
        ps.setString(1, id);
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          count += rs.getInt(1);
        }
      }
    }
    return count;
  }

  private static void delete(List<String> ids) throws Exception {
    try (Connection c = dataSource().getConnection();
        PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE id = ?")) {
      for (String id : ids) {
        ps.setString(1, id);
        ps.executeUpdate();
      }
    }
  }

  /** Other tests' messages leave within seconds; the claims compare only the test's own rows. */
  private static void awaitNoOtherRowsDueBefore(Instant from) {
    await("no other outbox rows")
        .pollInSameThread()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> rowsDueBefore(from), org.hamcrest.Matchers.empty());
  }

  private static List<String> rowsDueBefore(Instant from) throws Exception {
    try (Connection c = dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT id, queue, created_at, send_after FROM outbox WHERE send_after < ?")) {
      ps.setObject(1, from.atOffset(ZoneOffset.UTC));
      List<String> rows = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(
              rs.getString(1)
                  + " "
                  + rs.getString(2)
                  + " created "
                  + rs.getString(3)
                  + " due "
                  + rs.getString(4));
        }
      }
      return rows;
    }
  }

  /**
   * The texts of the test's messages waiting on its queue, browsed through the service's own
   * factory.
   */
  private static List<String> onQueue(String marker) throws Exception {
    ConnectionFactory factory = (ConnectionFactory) new InitialContext().lookup("jms/briefing");
    try (JMSContext context = factory.createContext()) {
      QueueBrowser browser =
          context.createBrowser(context.createQueue(QUEUE), "relayTest = '" + marker + "'");
      List<String> texts = new ArrayList<>();
      for (Message m :
          Collections.list((java.util.Enumeration<Message>) browser.getEnumeration())) {
        texts.add(((TextMessage) m).getText());
      }
      return texts;
    }
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static void awaitLatch(CountDownLatch latch) {
    try {
      latch.await(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static DataSource dataSource() throws Exception {
    return (DataSource) new InitialContext().lookup("jdbc/briefing");
  }

  private static ManagedExecutorService executor() throws Exception {
    return (ManagedExecutorService)
        new InitialContext().lookup("java:comp/DefaultManagedExecutorService");
  }
}
