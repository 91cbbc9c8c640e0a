package org.briefing.it;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.inject.spi.CDI;
import java.time.Duration;
import java.time.Instant;
import org.briefing.articles.entity.Article;
import org.briefing.articles.entity.ArticleStatus;
import org.briefing.intake.control.ArticleIntake;
import org.briefing.intake.control.ArticleQueries;
import org.briefing.intake.control.Receipt;
import org.briefing.intake.entity.ArticleSubmission;
import org.briefing.it.support.Deployments;
import org.briefing.outbox.control.OutboxStore;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Inside the server: what the message-driven bean stored for an accepted article. */
@ExtendWith(ArquillianExtension.class)
class ClassificationStorageIT {

  @Deployment
  static WebArchive application() {
    return Deployments.application()
        .addClass(ClassificationStorageIT.class)
        .addPackages(true, "org.awaitility", "org.hamcrest");
  }

  @Test
  void messageDrivenBeanStoresTheClassificationOnce() {
    ArticleIntake intake = CDI.current().select(ArticleIntake.class).get();
    ArticleQueries articles = CDI.current().select(ArticleQueries.class).get();
    String marker = java.util.UUID.randomUUID().toString();
    Receipt receipt =
        intake.accept(
            new ArticleSubmission(
                "Beijing curbs gallium exports to the United States " + marker.substring(0, 8),
                "BEIJING (AP) - China's Commerce Ministry said on Tuesday it would ban exports of"
                    + " gallium and germanium to the United States, days after Washington widened"
                    + " its own chip export controls. Ref "
                    + marker,
                "https://wire.example.com/" + marker,
                "Test Wire",
                "2024-12-03",
                "en"));
    assertFalse(receipt.duplicate());

    Article stored =
        await("classification stored")
            .pollInSameThread() // the server's context lives on this thread only
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(250))
            .until(
                () -> inNewTransaction(() -> articles.find(receipt.id()).orElseThrow()),
                a -> a.status() == ArticleStatus.CLASSIFIED);

    assertNotNull(stored.classifiedAt());
    assertNotNull(stored.classificationJson());
    assertTrue(stored.actors().contains("CN"), "actors: " + stored.actors());
    assertTrue(stored.topics().contains("gallium-germanium"), "topics: " + stored.topics());
    assertTrue(stored.classificationJson().contains("impose-restriction"));
    // Posting it again stores and queues nothing new.
    Receipt again =
        intake.accept(
            new ArticleSubmission(stored.title(), stored.body(), stored.url(), null, null, null));
    assertTrue(again.duplicate());
    assertEquals(receipt.id(), again.id());
  }

  @Test
  void intakeRemovesItsSentMessageFromTheOutboxAtOnce() {
    ArticleIntake intake = CDI.current().select(ArticleIntake.class).get();
    OutboxStore outbox = CDI.current().select(OutboxStore.class).get();
    String marker = java.util.UUID.randomUUID().toString();
    Receipt receipt =
        intake.accept(
            new ArticleSubmission(
                "Chile and Japan discuss lithium " + marker.substring(0, 8),
                "SANTIAGO (Test Wire) - Chile and Japan held talks on lithium supplies. Ref "
                    + marker,
                null,
                null,
                null,
                null));

    // Answered means sent. The row goes soon after, in a removal of its own, long before the
    // relay's look in the table would send it again (10 s for its writer, 5 s of grace).
    await("the sent message's outbox row removed")
        .pollInSameThread()
        .atMost(Duration.ofSeconds(8))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () ->
                outbox.oldest(10_000, Instant.now().plus(Duration.ofHours(1))).stream()
                    .noneMatch(message -> message.body().contains(receipt.id())));
  }

  /** Each look in its own transaction, so that it sees what the bean committed since. */
  private static <T> T inNewTransaction(java.util.concurrent.Callable<T> work) throws Exception {
    var transaction =
        (jakarta.transaction.UserTransaction)
            new javax.naming.InitialContext().lookup("java:comp/UserTransaction");
    transaction.begin();
    try {
      return work.call();
    } finally {
      transaction.commit();
    }
  }
}
