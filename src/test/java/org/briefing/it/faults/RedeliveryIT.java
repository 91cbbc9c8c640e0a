package org.briefing.it.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.briefing.it.support.Api;
import org.briefing.it.support.ArtemisCli;
import org.briefing.it.support.BrokerAdmin;
import org.briefing.it.support.Deployments;
import org.briefing.it.support.Mailbox;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The delivery guarantee the service relies on: at least once, made safe by idempotent consumers. A
 * message delivered a second time (as after a crash inside the commit window, where two-phase
 * commit cannot be recovered with the Artemis adapter) changes nothing a second time: the article
 * is not classified again, the email is not sent again.
 */
@ExtendWith(ArquillianExtension.class)
class RedeliveryIT {

  private static final String ARTICLES = "briefing.articles";
  private static final String MAIL = "briefing.mail";
  private static final String LEDGER = "briefing.ledger";

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  private final Api api = Api.local();
  private final BrokerAdmin broker = BrokerAdmin.local();

  @Test
  void aSecondDeliveryOfAnArticleMessageDoesNotClassifyItAgain() {
    ArticleStream stream = new ArticleStream(api, 1);
    JsonObject receipt = Api.json(api.postJson("/api/articles", stream.article(0)));
    String id = receipt.getString("id");
    JsonObject first =
        await("classified")
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(250))
            .until(
                () -> Api.json(api.get("/api/articles/" + id)),
                a -> "classified".equals(a.getString("status")));
    long acknowledged = acknowledged(ARTICLES);

    ArtemisCli.produce(
        ARTICLES, Json.createObjectBuilder().add("articleId", id).build().toString());

    await("the second delivery consumed")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> acknowledged(ARTICLES) > acknowledged);
    JsonObject after = Api.json(api.get("/api/articles/" + id));
    assertThat(after.getString("classifiedAt")).isEqualTo(first.getString("classifiedAt"));
    assertThat(after.getJsonObject("classification"))
        .isEqualTo(first.getJsonObject("classification"));
  }

  @Test
  void aSecondDeliveryOfAnEmailDoesNotSendItAgain() {
    String reader = "redelivery-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    broker.pause(MAIL);
    String message;
    try {
      String json =
          Json.createObjectBuilder()
              .add("email", reader)
              .add("frequency", "weekly")
              .build()
              .toString();
      assertThat(api.postJson("/api/subscriptions", json).statusCode()).isEqualTo(202);
      // The confirmation leaves through the outbox a moment after the commit.
      List<String> waiting =
          await("the confirmation on the mail queue")
              .atMost(Duration.ofSeconds(30))
              .pollInterval(Duration.ofMillis(100))
              .until(() -> broker.browse(MAIL, "to = '" + reader + "'"), w -> !w.isEmpty());
      assertThat(waiting).hasSize(1);
      message = waiting.get(0);
    } finally {
      broker.resume(MAIL);
    }
    Mailbox.awaitMessages(reader, 1);
    long acknowledged = acknowledged(MAIL);

    ArtemisCli.produce(MAIL, message);

    await("the second delivery consumed")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> acknowledged(MAIL) > acknowledged);
    assertThat(Mailbox.to(reader)).hasSize(1);
  }

  /**
   * A batch with one article a stage cannot take (here: one that was never stored) still gets the
   * others through: the stage falls back to one article at a time, and only the message, with the
   * bad article, goes back for redelivery (and in the end to the dead letters).
   */
  @Test
  void oneBadArticleInABatchDoesNotHoldBackTheOthers() {
    ArticleStream stream = new ArticleStream(api, 1);
    broker.pause(LEDGER);
    String id;
    try {
      id = Api.json(api.postJson("/api/articles", stream.article(0))).getString("id");
      api.awaitClassified(id, "classified");
      await("its message for the ledger on the paused queue")
          .atMost(Duration.ofSeconds(30))
          .pollInterval(Duration.ofMillis(250))
          .until(() -> !broker.browse(LEDGER, "articleIds LIKE '%" + id + "%'").isEmpty());
      broker.removeAll(LEDGER); // the ledger hears of it only from the batch below
    } finally {
      broker.resume(LEDGER);
    }
    String never = UUID.randomUUID().toString();

    ArtemisCli.produce(
        LEDGER,
        Json.createObjectBuilder()
            .add("articleIds", Json.createArrayBuilder().add(never).add(id))
            .build()
            .toString());

    await("the good article read into the ledger")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () ->
                Api.jsonArray(api.get("/api/actors/RU/timeline?with=US&limit=5000")).stream()
                    .anyMatch(e -> id.equals(e.asJsonObject().getString("articleId"))));
    // The batch itself is still retried for the article that does not exist; take it away.
    broker.removeAll(LEDGER);
  }

  private long acknowledged(String queue) {
    return ((Number) broker.queueAttribute(queue, "messagesAcknowledged")).longValue();
  }
}
