package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.briefing.it.support.Api;
import org.briefing.it.support.Deployments;
import org.briefing.it.support.Mailbox;
import org.briefing.it.support.Readers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole way, as users meet it: a newsroom posts a story, it is classified, a reader subscribes
 * and confirms from the email, the daily digest brings the story to their mailbox.
 */
@ExtendWith(ArquillianExtension.class)
class BriefingPipelineIT {

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  private final Api api = Api.local();

  @Test
  void postedArticleReachesAConfirmedSubscriberInTheDailyDigest() {
    String marker = Articles.marker();
    JsonObject article = Articles.moscowOfferJson(marker);

    HttpResponse<String> posted = api.postJson("/api/articles", article.toString());
    assertThat(posted.statusCode()).isEqualTo(202);
    String id = Api.json(posted).getString("id");
    JsonObject classified =
        await("article classified")
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(250))
            .until(
                () -> Api.json(api.get("/api/articles/" + id)),
                a -> "classified".equals(a.getString("status")));
    JsonObject classification = classified.getJsonObject("classification");
    assertThat(classification.getBoolean("relevant")).isTrue();
    assertThat(classification.getJsonArray("actors").getValuesAs(jakarta.json.JsonString.class))
        .extracting(jakarta.json.JsonString::getString)
        .contains("RU", "US");
    assertThat(classification.getJsonArray("topics").toString()).contains("rare-earths");

    String reader = "analyst-" + marker + "@example.org";
    String subscription =
        Json.createObjectBuilder()
            .add("email", reader)
            .add("topics", Json.createArrayBuilder().add("rare-earths"))
            .add("frequency", "daily")
            .add("timezone", "Europe/Kyiv")
            .build()
            .toString();
    assertThat(api.postJson("/api/subscriptions", subscription).statusCode()).isEqualTo(202);

    MimeMessage confirmation = Mailbox.awaitMessages(reader, 1).get(0);
    assertThat(Mailbox.subject(confirmation)).containsIgnoringCase("confirm");
    // Nothing but the confirmation goes to an address that has not confirmed.
    assertThat(
            Api.json(
                    api.asOperator()
                        .post("/api/digests/run?frequency=daily", "application/json", ""))
                .getInt("digestsQueued"))
        .isZero();
    String link = Readers.confirmationLink(confirmation);
    HttpResponse<String> confirmed = api.confirm(link);
    assertThat(confirmed.statusCode()).isEqualTo(200);
    assertThat(confirmed.body()).contains("Subscription confirmed");

    HttpResponse<String> round =
        api.asOperator().post("/api/digests/run?frequency=daily", "application/json", "");
    assertThat(round.statusCode()).isEqualTo(200);
    assertThat(Api.json(round).getInt("digestsQueued")).isGreaterThanOrEqualTo(1);

    List<MimeMessage> received = Mailbox.awaitMessages(reader, 2);
    MimeMessage digest = received.get(1);
    assertThat(Mailbox.subject(digest)).startsWith("Daily briefing");
    // The article is in it, linked: named as a story of its own, or (when earlier tests posted
    // stories like it) as another outlet's report of one, or as a source of the change it made.
    String articleLink = article.getString("url");
    assertThat(Mailbox.part(digest, "text/plain"))
        .hasValueSatisfying(t -> assertThat(t).contains(articleLink));
    assertThat(Mailbox.part(digest, "text/html"))
        .hasValueSatisfying(h -> assertThat(h).contains(articleLink));
    assertThat(Mailbox.header(digest, "List-Unsubscribe"))
        .hasValueSatisfying(
            h -> assertThat(h).matches("<http\\S+/api/subscriptions/unsubscribe\\?token=\\S+>"));
    assertThat(Mailbox.header(digest, "List-Unsubscribe-Post"))
        .contains("List-Unsubscribe=One-Click");

    // The same round again finds nothing new for this reader.
    JsonObject again =
        Api.json(api.asOperator().post("/api/digests/run?frequency=daily", "application/json", ""));
    assertThat(again.getInt("digestsQueued")).isZero();

    // One click unsubscribes, as RFC 8058 mail clients do it.
    String unsubscribe =
        Mailbox.header(digest, "List-Unsubscribe").orElseThrow().replaceAll("[<>]", "");
    HttpResponse<String> gone =
        api.send(
            java.net.http.HttpRequest.newBuilder(java.net.URI.create(unsubscribe))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    java.net.http.HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                .build());
    assertThat(gone.statusCode()).isEqualTo(200);
    assertThat(gone.body()).contains("Unsubscribed");
  }
}
