package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.briefing.it.support.Api;
import org.briefing.it.support.Deployments;
import org.briefing.it.support.Readers;
import org.briefing.it.support.ServerLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * What readers type is taken as they mean it (topics in any case, names for codes, old time-zone
 * names), every mistake is named at once with what was typed, the preferences page shows mistakes
 * beside their fields, and an ended subscription says so and offers to come back.
 */
@ExtendWith(ArquillianExtension.class)
class ReaderChoicesIT {

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  private final Api api = Api.local();

  @Test
  void theChoicesComeFromOneListWithLabelsAndCurrentZoneNames() {
    JsonObject choices = Api.json(api.get("/api/choices"));
    assertThat(choices.toString())
        .contains("{\"label\":\"Rare earths\",\"value\":\"rare-earths\"}")
        .contains("{\"label\":\"Ukraine\",\"value\":\"UA\"}")
        .contains("\"value\":\"Europe/Kyiv\"")
        .doesNotContain("\"value\":\"Europe/Kiev\"")
        .doesNotContain("\"value\":\"Asia/Calcutta\"");
    assertThat(choices.getJsonObject("renamedTimezones").getString("Europe/Kiev"))
        .isEqualTo("Europe/Kyiv");
  }

  @Test
  void namesCasesAndOldZoneNamesAreAcceptedAsMeant() {
    String reader = "typed-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String request =
        Json.createObjectBuilder()
            .add("email", reader)
            .add("topics", Json.createArrayBuilder().add("Lithium").add("RARE-EARTHS"))
            .add("actors", Json.createArrayBuilder().add("Ukraine").add("cn"))
            .add("frequency", "daily")
            .add("timezone", "Europe/Kiev")
            .build()
            .toString();
    assertThat(api.postJson("/api/subscriptions", request).statusCode()).isEqualTo(202);
    String token = Readers.confirm(api, reader);
    String page = api.get("/api/subscriptions/preferences?token=" + token).body();
    assertThat(page)
        .contains("value=\"lithium\" checked> Lithium")
        .contains("value=\"rare-earths\" checked> Rare earths")
        .contains("value=\"UA, CN\"")
        .contains("Now: Ukraine, China.")
        .contains("<option value=\"Europe/Kyiv\" selected>");
  }

  @Test
  void everyMistakeIsNamedAtOnceWithWhatWasTyped() {
    String request =
        Json.createObjectBuilder()
            .add("email", "not an address")
            .add("topics", Json.createArrayBuilder().add("lithium").add("bogus"))
            .add("actors", Json.createArrayBuilder().add("Narnia"))
            .add("frequency", "daily")
            .add("timezone", "Kyiv")
            .build()
            .toString();
    HttpResponse<String> answer = api.postJson("/api/subscriptions", request);
    assertThat(answer.statusCode()).isEqualTo(400);
    var errors = Api.json(answer).getJsonArray("errors");
    assertThat(errors).hasSize(4);
    assertThat(errors.toString())
        .contains("\"field\":\"email\"")
        .contains("\"field\":\"topics[1]\"", "'bogus' is not a topic; topics are aluminium")
        .contains("\"field\":\"actors[0]\"", "'Narnia' is not a state or organisation we know")
        .contains("\"field\":\"timezone\"", "'Kyiv' is not a time zone; did you mean Europe/Kyiv?");
  }

  @Test
  void thePreferencesPageShowsMistakesBesideTheirFieldsAndAnEndedSubscriptionSaysSo() {
    String reader = "page-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String request =
        Json.createObjectBuilder()
            .add("email", reader)
            .add("topics", Json.createArrayBuilder().add("cobalt"))
            .add("frequency", "weekly")
            .build()
            .toString();
    api.postJson("/api/subscriptions", request);
    String token = Readers.confirm(api, reader);
    String preferences = "/api/subscriptions/preferences?token=" + token;

    HttpResponse<String> refused =
        postForm(
            preferences, "action=save&topics=lithium&frequency=daily&timezone=Kyiv&actors=Narnia");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .startsWith("<!DOCTYPE html>") // a page, not escaped text
        .contains("2 things to fix before saving")
        .contains("value=\"Narnia\"")
        .contains("aria-invalid=\"true\"")
        .contains("id=\"actors-error\">&#39;Narnia&#39; is not a state or organisation we know")
        .contains("did you mean Europe/Kyiv?")
        .contains("value=\"lithium\" checked");
    // nothing was stored
    assertThat(api.get(preferences).body())
        .contains("value=\"cobalt\" checked")
        .doesNotContain("value=\"lithium\" checked");

    api.post(
        "/api/subscriptions/unsubscribe?token=" + token,
        "application/x-www-form-urlencoded",
        "List-Unsubscribe=One-Click");
    String ended = api.get(preferences).body();
    assertThat(ended)
        .contains("id=\"status\">unsubscribed<")
        .contains("You unsubscribed")
        .contains("id=\"resubscribe\"")
        .doesNotContain("id=\"save\"")
        .doesNotContain("id=\"pause\"");
    assertThat(postForm(preferences, "action=save&topics=lithium&frequency=daily").body())
        .doesNotContain("Saved.")
        .contains("You unsubscribed");

    HttpResponse<String> back = postForm(preferences, "action=resubscribe");
    assertThat(back.body()).contains("id=\"status\">confirmed<").contains("Welcome back");
  }

  @Test
  void mistakesAndPageViewsAreNoServerFaults() {
    long reports = ServerLog.errorReports();
    long missingFiles = ServerLog.count("SRVE0190E");
    assertThat(api.get("/favicon.ico").statusCode()).isEqualTo(200);
    assertThat(api.get("/subscribe.html").statusCode()).isEqualTo(200);
    String mistakes =
        Json.createObjectBuilder()
            .add("email", "faults@example.org")
            .add("topics", Json.createArrayBuilder().add("bogus"))
            .add("frequency", "daily")
            .add("timezone", "Kyiv")
            .build()
            .toString();
    assertThat(api.postJson("/api/subscriptions", mistakes).statusCode()).isEqualTo(400);
    assertThat(api.get("/api/changes?topic=bogus").statusCode()).isEqualTo(400);
    assertThat(ServerLog.errorReports()).isEqualTo(reports);
    assertThat(ServerLog.count("SRVE0190E")).isEqualTo(missingFiles);
  }

  private HttpResponse<String> postForm(String path, String form) {
    return api.send(
        HttpRequest.newBuilder(api.uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build());
  }
}
