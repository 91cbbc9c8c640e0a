package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
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
 * The ledger as subscribers meet it: a deal moving from offer to talks to signature is three
 * changes; one story from three outlets is one change with three sources; an older article posted
 * last changes nothing; briefings lead with what changed.
 */
@ExtendWith(ArquillianExtension.class)
class ChangeDetectionIT {

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  private final Api api = Api.local();

  @Test
  void aDealFromOfferToSignatureLeadsTheBriefings() {
    String marker = Articles.marker();
    String watcher = "desk-" + marker + "@example.org";
    String trader = "trader-" + marker + "@example.org";
    subscribeAndConfirm(watcher, "immediate");
    subscribeAndConfirm(trader, "weekly");

    post(
        marker,
        "offer",
        "2025-03-03T08:00:00Z",
        "Kazakhstan offers South Korea access to tungsten deposits",
        "ASTANA, March 3 (Test Wire) - Kazakhstan offered South Korea access to its tungsten"
            + " deposits on Monday, proposing joint mining projects to supply Korean manufacturers.");
    awaitChanges(c -> c.size() == 1);
    post(
        marker,
        "talks",
        "2025-03-04T08:00:00Z",
        "Kazakhstan and South Korea hold talks on tungsten deal",
        "SEOUL, March 4 (Test Wire) - Kazakhstan and South Korea held talks in Seoul on Tuesday"
            + " on a tungsten supply agreement, officials said.");
    awaitChanges(c -> c.size() == 2);
    post(
        marker,
        "signed",
        "2025-03-05T08:00:00Z",
        "Kazakhstan, South Korea sign tungsten agreement",
        "ASTANA, March 5 (Test Wire) - Kazakhstan and South Korea signed an agreement on tungsten"
            + " mining and processing on Wednesday, the Kazakh government said.");
    post(
        marker,
        "signed-2",
        "2025-03-05T09:00:00Z",
        "Seoul and Astana seal tungsten pact",
        "SEOUL, March 5 (Other Wire) - South Korea and Kazakhstan signed a deal on Wednesday to"
            + " develop tungsten deposits together, South Korea's trade ministry said.");
    post(
        marker,
        "signed-3",
        "2025-03-05T10:00:00Z",
        "Korea signs tungsten supply accord with Kazakhstan",
        "March 5 (Third Wire) - South Korea signed a tungsten supply agreement with Kazakhstan on"
            + " Wednesday, securing the critical mineral for its industry.");

    JsonArray changes =
        awaitChanges(c -> c.size() == 3 && c.getJsonObject(0).getJsonArray("sources").size() == 3);
    assertThat(changes.getValuesAs(JsonObject.class))
        .extracting(c -> c.getString("to"), c -> c.getString("kind"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("sign-agreement", "deal-step"),
            org.assertj.core.groups.Tuple.tuple("negotiate", "deal-step"),
            org.assertj.core.groups.Tuple.tuple("offer-cooperation", "first-contact"));
    assertThat(changes.getJsonObject(0).getString("from")).isEqualTo("negotiate");
    assertThat(changes.getJsonObject(0).getString("evidence")).containsIgnoringCase("sign");

    // An older article, posted last, is history: it changes no current state.
    String old =
        post(
            marker,
            "old-refusal",
            "2025-02-20T08:00:00Z",
            "South Korea rejects Kazakh tungsten terms",
            "SEOUL, Feb 20 (Test Wire) - South Korea rejected Kazakhstan's proposed terms for a"
                + " tungsten supply deal on Thursday, officials said.");
    await("the old article read into the timeline")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(
            () -> api.get("/api/actors/KZ/timeline?with=KR&topic=tungsten").body(),
            body -> body.contains(old));
    assertThat(kzChanges()).hasSize(3);

    // The weekly digest leads with the three changes, the signature with its three sources.
    HttpResponse<String> round =
        api.asOperator().post("/api/digests/run?frequency=weekly", "application/json", "");
    assertThat(round.statusCode()).isEqualTo(200);
    MimeMessage digest = Mailbox.awaitMessages(trader, 2).get(1);
    assertThat(Mailbox.subject(digest)).startsWith("Weekly briefing").contains("3 changes");
    String text = Mailbox.part(digest, "text/plain").orElseThrow();
    assertThat(text.indexOf("WHAT CHANGED (3)"))
        .isNotNegative()
        .isLessThan(text.indexOf("COVERAGE"));
    assertThat(text).contains("negotiate → sign-agreement", "Other Wire", "Third Wire");
    assertThat(Mailbox.part(digest, "text/html").orElseThrow()).contains("What changed (3)");

    // The immediate subscriber heard of each step as it happened, never twice.
    List<MimeMessage> alerts = Mailbox.awaitMessages(watcher, 4);
    assertThat(alerts.subList(1, alerts.size()))
        .allSatisfy(m -> assertThat(Mailbox.subject(m)).startsWith("Briefing alert"));
    assertThat(Mailbox.part(alerts.get(1), "text/plain").orElseThrow()).contains("WHAT CHANGED");
    assertThat(
            Api.json(
                    api.asOperator()
                        .post("/api/digests/run?frequency=weekly", "application/json", ""))
                .getInt("digestsQueued"))
        .isZero();
  }

  @Test
  void theSeedLeadsWithThePivotFromAccusationToOffer() throws java.io.IOException {
    java.nio.file.Path seed = java.nio.file.Path.of("../shared/seed/putin-minerals-offer.txt");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.Files.exists(seed), "the shared seed article is beside the project");
    String text = java.nio.file.Files.readString(seed);
    JsonObject article =
        Articles.json(
                "Putin Extends Offer for Rare Mineral Collaboration with the US",
                text,
                "https://example.org/seed-" + Articles.marker())
            .add("publishedAt", "2025-02-25T12:00:00Z")
            .add("source", "Seed")
            .build();
    HttpResponse<String> posted = api.postJson("/api/articles", article.toString());
    assertThat(posted.statusCode()).isIn(200, 202);
    String id = Api.json(posted).getString("id");

    JsonObject turn =
        await("the seed's changes")
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(250))
            .until(
                () ->
                    Api.json(api.get("/api/changes?actor=RU"))
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(c -> c.getString("articleId").equals(id))
                        .findFirst(),
                java.util.Optional::isPresent)
            .orElseThrow();
    assertThat(turn.getString("actor")).isEqualTo("RU");
    assertThat(turn.getString("target")).isEqualTo("US");
    assertThat(turn.getString("kind")).isEqualTo("turn");
    assertThat(turn.getString("from")).isEqualTo("accuse");
    assertThat(turn.getString("to")).isEqualTo("offer-cooperation");
  }

  private String post(String marker, String key, String publishedAt, String title, String body) {
    JsonObject article =
        Articles.json(
                title + " " + marker,
                body + " Ref " + marker + "-" + key,
                "https://news.example.org/" + marker + "/" + key)
            .add("publishedAt", publishedAt)
            .add(
                "source",
                body.contains("Other Wire")
                    ? "Other Wire"
                    : body.contains("Third Wire") ? "Third Wire" : "Test Wire")
            .build();
    HttpResponse<String> response = api.postJson("/api/articles", article.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return Api.json(response).getString("id");
  }

  private JsonArray kzChanges() {
    return Api.json(api.get("/api/changes?actor=KZ&topic=tungsten")).getJsonArray("items");
  }

  private JsonArray awaitChanges(Predicate<JsonArray> condition) {
    return await("changes between KZ and KR")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(this::kzChanges, condition);
  }

  private void subscribeAndConfirm(String email, String frequency) {
    String request =
        Json.createObjectBuilder()
            .add("email", email)
            .add("actors", Json.createArrayBuilder().add("KZ"))
            .add("topics", Json.createArrayBuilder().add("tungsten"))
            .add("frequency", frequency)
            .add("timezone", "Asia/Almaty")
            .build()
            .toString();
    assertThat(api.postJson("/api/subscriptions", request).statusCode()).isEqualTo(202);
    MimeMessage confirmation = Mailbox.awaitMessages(email, 1).get(0);
    String link = Readers.confirmationLink(confirmation);
    assertThat(api.confirm(link).statusCode()).isEqualTo(200);
  }
}
