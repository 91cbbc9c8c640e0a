package org.briefing.it.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.briefing.it.support.Api;
import org.briefing.it.support.BrokerAdmin;
import org.briefing.it.support.Deployments;
import org.briefing.it.support.Mailbox;
import org.briefing.it.support.ServerLog;
import org.briefing.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SMTP server goes away. Emails wait on the mail queue and are retried with back-off; when the
 * server returns within the attempts, each is delivered once; past the attempt limit they wait in
 * DLQ.briefing.mail and are delivered once after an operator retries them.
 */
@ExtendWith(ArquillianExtension.class)
class SmtpOutageIT {

  private static final String MAIL = "briefing.mail";
  private static final String DEAD_LETTERS = "DLQ.briefing.mail";
  private static final String SMTP_FAILURE = "SMTP refused or failed";

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  private final Api api = Api.local();
  private final BrokerAdmin broker = BrokerAdmin.local();
  private final GreenMail smtp = TestEnvironment.mail();

  @AfterEach
  void smtpBack() {
    if (!smtp.isRunning()) {
      smtp.start();
    }
  }

  @Test
  void emailsWaitForTheSmtpServerAndAreDeliveredOnce() {
    List<String> readers = readers("waits", 5);
    long failuresBefore = ServerLog.count(SMTP_FAILURE);
    smtp.stop();
    readers.forEach(this::subscribe);
    await("the first deliveries fail")
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> ServerLog.count(SMTP_FAILURE) - failuresBefore >= 2L * readers.size());
    long failed = ServerLog.count(SMTP_FAILURE) - failuresBefore;
    smtp.start();

    readers.forEach(r -> Mailbox.awaitMessages(r, 1));
    awaitQuietMailQueue();
    int delivered = readers.stream().mapToInt(r -> Mailbox.to(r).size()).sum();
    System.out.printf(
        "FAULT %-28s emails=%d failed attempts=%d delivered=%d duplicates=%d lost=%d%n",
        "SMTP down, back in time",
        readers.size(),
        failed,
        delivered,
        delivered - readers.stream().filter(r -> !Mailbox.to(r).isEmpty()).count(),
        readers.stream().filter(r -> Mailbox.to(r).isEmpty()).count());
    readers.forEach(r -> assertThat(Mailbox.to(r)).as(r).hasSize(1));
  }

  @Test
  void emailsPastTheAttemptLimitWaitInTheDeadLetterQueueUntilAnOperatorRetries() {
    List<String> readers = readers("dead", 3);
    long deadBefore = broker.messageCount(DEAD_LETTERS);
    smtp.stop();
    readers.forEach(this::subscribe);
    await("the emails dead-lettered")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> broker.messageCount(DEAD_LETTERS) - deadBefore == readers.size());
    smtp.start();
    // Back, but nothing is sent by itself: the emails wait for an operator.
    await("nothing sent without the operator")
        .during(Duration.ofSeconds(3))
        .atMost(Duration.ofSeconds(5))
        .until(() -> readers.stream().allMatch(r -> Mailbox.to(r).isEmpty()));

    long retried = broker.retryMessages(DEAD_LETTERS);

    readers.forEach(r -> Mailbox.awaitMessages(r, 1));
    awaitQuietMailQueue();
    int delivered = readers.stream().mapToInt(r -> Mailbox.to(r).size()).sum();
    System.out.printf(
        "FAULT %-28s emails=%d dead-lettered=%d retried=%d delivered=%d duplicates=%d lost=%d%n",
        "SMTP down past the limit",
        readers.size(),
        readers.size(),
        retried,
        delivered,
        delivered - readers.stream().filter(r -> !Mailbox.to(r).isEmpty()).count(),
        readers.stream().filter(r -> Mailbox.to(r).isEmpty()).count());
    assertThat(retried).isGreaterThanOrEqualTo(readers.size());
    readers.forEach(r -> assertThat(Mailbox.to(r)).as(r).hasSize(1));
    assertThat(broker.messageCount(DEAD_LETTERS)).isEqualTo(deadBefore);
  }

  private void subscribe(String reader) {
    String json =
        Json.createObjectBuilder()
            .add("email", reader)
            .add("topics", Json.createArrayBuilder().add("rare-earths"))
            .add("frequency", "daily")
            .build()
            .toString();
    assertThat(api.postJson("/api/subscriptions", json).statusCode()).isEqualTo(202);
  }

  /** The queue is empty and stays so for a moment: nothing is on its way any more. */
  private void awaitQuietMailQueue() {
    await("mail queue drained")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> broker.messageCount(MAIL) == 0);
    await("no second delivery")
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(4))
        .until(() -> broker.messageCount(MAIL) == 0);
  }

  private static List<String> readers(String kind, int count) {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    return java.util.stream.IntStream.range(0, count)
        .mapToObj(i -> "smtp-" + kind + "-" + marker + "-" + i + "@example.org")
        .toList();
  }
}
