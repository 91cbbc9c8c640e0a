package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.briefing.it.support.Api;
import org.briefing.it.support.BrokerAdmin;
import org.briefing.it.support.Deployments;
import org.briefing.it.support.Mailbox;
import org.briefing.it.support.Readers;
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
 * Readers' tokens are neither stored nor queued (issue 16, item 5): what waits on briefing.mail
 * (which the console's read-only viewer may browse, and which piles up while an operator pauses the
 * queue) holds no usable link, while the email that goes out has a link that works. The database
 * keeps no token in clear.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReaderTokensIT {

  private static final String MAIL = "briefing.mail";

  /** A token after a service link, as text, HTML (=) or JSON writes it. */
  private static final Pattern ANY_TOKEN =
      Pattern.compile("token(=|&#61;|\\\\u003d)([A-Za-z0-9_-]{16,})");

  private static final Pattern PREFERENCES_LINK =
      Pattern.compile("(http\\S+/api/subscriptions/preferences\\?token=([A-Za-z0-9_-]+))");

  @Deployment
  static WebArchive application() {
    return Deployments.application().addClass(ReaderTokensIT.class);
  }

  @Test
  @Order(1)
  @RunAsClient
  void theMailQueueCarriesNoTokenWhileTheEmailsLinksWork() {
    Client.run();
  }

  /**
   * The client's side, in a class of its own: the in-container test's class may name no type the
   * deployment lacks (the broker's client, the test support).
   */
  private static final class Client {

    private static final Api api = Api.local();
    private static final BrokerAdmin broker = BrokerAdmin.local();

    static void run() {
      String marker = Articles.marker();
      String reader = "tokens-" + marker + "@example.org";
      String request =
          Json.createObjectBuilder()
              .add("email", reader)
              .add("topics", Json.createArrayBuilder().add("rare-earths"))
              .add("frequency", "immediate")
              .build()
              .toString();

      // The confirmation: on the queue without its token; in the mailbox with a link that works.
      String queuedConfirmation =
          whilePaused(
              reader,
              "confirmation",
              () -> api.postJson("/api/subscriptions", request).statusCode());
      MimeMessage confirmation = Mailbox.awaitMessages(reader, 1).get(0);
      String link = Readers.confirmationLink(confirmation);
      String confirmToken = link.substring(link.indexOf("token=") + 6);
      assertNoToken(queuedConfirmation, confirmToken);
      String manageToken = Readers.confirm(api, reader);

      // Asked again: the note with the preferences link, queued without the reader's manage token.
      String queuedNote =
          whilePaused(
              reader,
              "confirmation",
              () -> api.postJson("/api/subscriptions", request).statusCode());
      MimeMessage note = Mailbox.awaitMessages(reader, 2).get(1);
      Matcher preferences =
          PREFERENCES_LINK.matcher(Mailbox.part(note, "text/plain").orElseThrow());
      assertThat(preferences.find()).isTrue();
      assertThat(preferences.group(2)).isEqualTo(manageToken);
      assertNoToken(queuedNote, manageToken);
      HttpResponse<String> page = api.getUrl(preferences.group(1));
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body()).contains(reader);

      // An alert, whose stored body is shared: its message names the reader, not their token.
      String queuedAlert =
          whilePaused(
              reader,
              "alert",
              () -> api.postJson("/api/articles", Articles.moscowOffer(marker)).statusCode());
      MimeMessage alert = Mailbox.awaitMessages(reader, 3).get(2);
      String unsubscribe = Mailbox.header(alert, "List-Unsubscribe").orElseThrow();
      assertThat(unsubscribe).contains("token=" + manageToken);
      assertNoToken(queuedAlert, manageToken);
      HttpResponse<String> unsubscribePage =
          api.getUrl(unsubscribe.substring(1, unsubscribe.length() - 1));
      assertThat(unsubscribePage.statusCode()).isEqualTo(200);
      assertThat(unsubscribePage.body()).contains("<form");
    }

    /**
     * Pauses the mail queue, does something that queues an email to the reader, and returns the
     * queued message's text as an operator browsing the queue sees it; then resumes sending.
     */
    private static String whilePaused(String reader, String kind, Supplier<Integer> action) {
      broker.pause(MAIL);
      try {
        assertThat(action.get()).isBetween(200, 299);
        String selector = "to = '" + reader + "' AND kind = '" + kind + "'";
        return await("a " + kind + " email for " + reader + " on " + MAIL)
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(200))
            .until(() -> broker.browse(MAIL, selector), queued -> queued.size() == 1)
            .get(0);
      } finally {
        broker.resume(MAIL);
      }
    }

    private static void assertNoToken(String text, String token) {
      if (text == null) {
        return;
      }
      if (token != null) {
        assertThat(text).doesNotContain(token);
      }
      Matcher any = ANY_TOKEN.matcher(text);
      assertThat(any.find()).as("a token in %s", text).isFalse();
    }
  }

  /** No column holds a manage token in clear, and nothing stored for sending holds a link's. */
  @Test
  @Order(2)
  void noTokenIsStoredInClear() throws Exception {
    DataSource ds = (DataSource) new InitialContext().lookup("jdbc/briefing");
    try (Connection c = ds.getConnection();
        Statement st = c.createStatement()) {
      try (ResultSet columns =
          st.executeQuery(
              "SELECT COUNT(*) FROM information_schema.columns WHERE LOWER(table_name) ="
                  + " 'subscription' AND LOWER(column_name) = 'manage_token'")) {
        columns.next();
        org.junit.jupiter.api.Assertions.assertEquals(
            0, columns.getInt(1), "columns named manage_token");
      }
      List<String> stored = new ArrayList<>();
      try (ResultSet rows = st.executeQuery("SELECT text_part, html_part FROM mail_body")) {
        while (rows.next()) {
          stored.add(rows.getString(1));
          stored.add(rows.getString(2));
        }
      }
      try (ResultSet rows = st.executeQuery("SELECT body FROM outbox")) {
        while (rows.next()) {
          stored.add(rows.getString(1));
        }
      }
      for (String text : stored) {
        org.junit.jupiter.api.Assertions.assertFalse(
            text != null && ANY_TOKEN.matcher(text).find(), () -> "a token in " + text);
      }
    }
  }
}
