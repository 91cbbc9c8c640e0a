package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * A reader is an address: asking twice keeps one subscription, a double click sends one email, and
 * the confirmation link says what it did however often it is opened, by a person or a mail scanner.
 */
@ExtendWith(ArquillianExtension.class)
class OneReaderOneSubscriptionIT {

  private static final Pattern PREFERENCES_LINK =
      Pattern.compile("(http\\S+/api/subscriptions/preferences\\?token=[A-Za-z0-9_-]+)");

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  private final Api api = Api.local();

  private static String request(String email, String topic, String frequency) {
    return Json.createObjectBuilder()
        .add("email", email)
        .add("topics", Json.createArrayBuilder().add(topic))
        .add("frequency", frequency)
        .build()
        .toString();
  }

  private static String link(Pattern pattern, MimeMessage message) {
    Matcher link = pattern.matcher(Mailbox.part(message, "text/plain").orElseThrow());
    assertThat(link.find()).as("a link in %s", Mailbox.subject(message)).isTrue();
    return link.group(1);
  }

  @Test
  void aDoubleClickSendsOneConfirmationAndAskingAgainLaterChangesNothingUnconfirmed() {
    String reader = "twice-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    String body = request(reader, "lithium", "daily");
    // Two identical requests at once, as a double click sends them.
    CompletableFuture<HttpResponse<String>> first =
        CompletableFuture.supplyAsync(() -> api.postJson("/api/subscriptions", body));
    CompletableFuture<HttpResponse<String>> second =
        CompletableFuture.supplyAsync(() -> api.postJson("/api/subscriptions", body));
    assertThat(first.join().statusCode()).isEqualTo(202);
    assertThat(second.join().statusCode()).isEqualTo(202);
    String confirmation = Readers.confirmationLink(Mailbox.awaitMessages(reader, 1).get(0));
    assertThat(api.confirm(confirmation).body()).contains("Subscription confirmed");

    // Asked again, in other letters' case and with other choices: one subscription still, and a
    // note with the preferences link instead of a second confirmation.
    String again = request(reader.toUpperCase(java.util.Locale.ROOT), "cobalt", "weekly");
    assertThat(api.postJson("/api/subscriptions", again).statusCode()).isEqualTo(202);
    List<MimeMessage> mails = Mailbox.awaitMessages(reader, 2);
    assertThat(mails)
        .extracting(Mailbox::subject)
        .filteredOn(s -> s.contains("Confirm"))
        .hasSize(1);
    MimeMessage note = mails.get(1);
    assertThat(Mailbox.subject(note)).isEqualTo("You are already subscribed to Briefing Gateway");
    String preferences = api.getUrl(link(PREFERENCES_LINK, note)).body();
    assertThat(preferences)
        .contains("value=\"lithium\" checked")
        .doesNotContain("value=\"cobalt\" checked");
  }

  @Test
  void aNewRequestBeforeConfirmingReplacesTheLinkAndTheChoices() {
    String reader = "changed-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    api.postJson("/api/subscriptions", request(reader, "lithium", "daily"));
    String firstLink = Readers.confirmationLink(Mailbox.awaitMessages(reader, 1).get(0));
    api.postJson("/api/subscriptions", request(reader, "cobalt", "weekly"));
    String secondLink = Readers.confirmationLink(Mailbox.awaitMessages(reader, 2).get(1));

    HttpResponse<String> replaced = api.confirm(firstLink);
    assertThat(replaced.statusCode()).isEqualTo(404);
    assertThat(replaced.body()).contains("replaced by the one in a newer");
    HttpResponse<String> confirmed = api.confirm(secondLink);
    assertThat(confirmed.statusCode()).isEqualTo(200);
    assertThat(confirmed.body()).contains("You will receive weekly briefings");
  }

  @Test
  void openingTheConfirmationLinkConfirmsNothingUntilItsFormIsPostedAndThenSaysSo() {
    String reader = "scanner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    api.postJson("/api/subscriptions", request(reader, "uranium", "daily"));
    String confirmation = Readers.confirmationLink(Mailbox.awaitMessages(reader, 1).get(0));

    // What a mail scanner does: HEAD and GET the link. The page holds the form, nothing more.
    HttpResponse<String> head =
        api.send(
            HttpRequest.newBuilder(URI.create(confirmation))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(head.statusCode()).isEqualTo(200);
    for (int i = 0; i < 2; i++) {
      HttpResponse<String> page = api.getUrl(confirmation);
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body())
          .contains("<form id=\"confirm\" method=\"post\"")
          .contains("Daily briefings for " + reader)
          .doesNotContain("confirmed");
    }

    assertThat(api.confirm(confirmation).body()).contains("<h1>Subscription confirmed</h1>");
    // A second click, from the email or the browser's history, is no failure.
    for (HttpResponse<String> again :
        List.of(api.confirm(confirmation), api.getUrl(confirmation))) {
      assertThat(again.statusCode()).isEqualTo(200);
      assertThat(again.body())
          .contains("<h1>Already confirmed</h1>")
          .contains("preferences?token")
          .doesNotContain("Subscribe again");
    }
  }
}
