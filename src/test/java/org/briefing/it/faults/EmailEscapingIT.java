package org.briefing.it.faults;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.UUID;
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
 * What an article says reaches the digest as text: characters that mean something in HTML are
 * escaped in the HTML part (titles with tags are refused at intake; these are the characters plain
 * text may hold), kept as they are in the plain-text part. SQL-looking text is just text.
 */
@ExtendWith(ArquillianExtension.class)
class EmailEscapingIT {

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  private final Api api = Api.local();

  /**
   * Two readers share one composed digest, each with their own manage token in their own links. An
   * article whose link holds the text the service once used as the token's placeholder (and the
   * service's slot character in its title) gets no token: the article link stays as posted.
   */
  @Test
  void aReadersTokenGoesIntoTheServicesOwnLinksOnly() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String trap = "https://evil.example/r?t=TOKEN.PLACEHOLDER&m=" + marker;
    String article =
        Json.createObjectBuilder()
            .add("title", "Rare earths offer \uFFFFtoken\uFFFF " + marker)
            .add(
                "body",
                "MOSCOW (Test Wire) - President Vladimir Putin said Russia was ready to offer the"
                    + " United States joint projects to mine rare earth metals. Kremlin spokesman"
                    + " Dmitry Peskov said the United States needed rare earths. Ref "
                    + marker)
            .add("url", trap)
            .add("publishedAt", "2030-01-02T00:00:00Z") // newest: first in the digest
            .build()
            .toString();
    var posted = api.postJson("/api/articles", article);
    assertThat(posted.statusCode()).as(posted.body()).isEqualTo(202);
    api.awaitClassified(Api.json(posted).getString("id"), "classified");

    List<String> readers =
        List.of("token-a-" + marker + "@example.org", "token-b-" + marker + "@example.org");
    for (String reader : readers) {
      subscribeAndConfirm(reader);
    }
    var round = api.asOperator().post("/api/digests/run?frequency=weekly", "application/json", "");
    assertThat(round.statusCode()).as(round.body()).isEqualTo(200);

    for (String reader : readers) {
      MimeMessage digest = Mailbox.awaitMessages(reader, 2).get(1);
      String token =
          Mailbox.header(digest, "List-Unsubscribe")
              .orElseThrow()
              .replaceAll(".*token=([A-Za-z0-9_-]+)>", "$1");
      String text = Mailbox.part(digest, "text/plain").orElseThrow();
      String html = Mailbox.part(digest, "text/html").orElseThrow();
      assertThat(text).contains(trap).doesNotContain("t=" + token);
      assertThat(html)
          .contains("https://evil.example/r?t&#61;TOKEN.PLACEHOLDER")
          .doesNotContain("t&#61;" + token + "&amp;m");
      // The token twice in each part, right after the service's own two links.
      assertThat(occurrences(text, token)).isEqualTo(2);
      assertThat(occurrences(text, "/api/subscriptions/preferences?token=" + token)).isEqualTo(1);
      assertThat(occurrences(text, "/api/subscriptions/unsubscribe?token=" + token)).isEqualTo(1);
      assertThat(occurrences(html, token)).isEqualTo(2);
      assertThat(occurrences(html, "/api/subscriptions/preferences?token&#61;" + token))
          .isEqualTo(1);
      assertThat(occurrences(html, "/api/subscriptions/unsubscribe?token&#61;" + token))
          .isEqualTo(1);
      assertThat(text + html).doesNotContain("\uFFFF");
    }
  }

  private void subscribeAndConfirm(String reader) {
    String subscription =
        Json.createObjectBuilder()
            .add("email", reader)
            .add("topics", Json.createArrayBuilder().add("rare-earths"))
            .add("frequency", "weekly")
            .build()
            .toString();
    assertThat(api.postJson("/api/subscriptions", subscription).statusCode()).isEqualTo(202);
    MimeMessage confirmation = Mailbox.awaitMessages(reader, 1).get(0);
    String link = Readers.confirmationLink(confirmation);
    assertThat(api.confirm(link).statusCode()).isEqualTo(200);
  }

  private static int occurrences(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  @Test
  void articleTextIsEscapedInTheHtmlDigest() {
    String marker = UUID.randomUUID().toString().substring(0, 8);
    String title =
        "Rare earths: \"US & EU\" share < 5% > 2024's 'deal'; DROP TABLE article;-- " + marker;
    String article =
        Json.createObjectBuilder()
            .add("title", title)
            .add(
                "body",
                "MOSCOW (Test Wire) - President Vladimir Putin said Russia was ready to offer the"
                    + " United States joint projects to mine rare earth metals. Kremlin spokesman"
                    + " Dmitry Peskov said the United States needed rare earths. Ref "
                    + marker)
            .add("publishedAt", "2030-01-01T00:00:00Z") // newest: first in the digest
            .build()
            .toString();
    String id = Api.json(api.postJson("/api/articles", article)).getString("id");
    api.awaitClassified(id, "classified");
    assertThat(Api.json(api.get("/api/articles/" + id)).getString("title")).isEqualTo(title);

    String reader = "escaping-" + marker + "@example.org";
    subscribeAndConfirm(reader);
    var round = api.asOperator().post("/api/digests/run?frequency=weekly", "application/json", "");
    assertThat(round.statusCode()).as(round.body()).isEqualTo(200);

    MimeMessage digest = Mailbox.awaitMessages(reader, 2).get(1);
    String html = Mailbox.part(digest, "text/html").orElseThrow();
    String text = Mailbox.part(digest, "text/plain").orElseThrow();
    assertThat(html)
        .contains("&quot;US &amp; EU&quot; share &lt; 5% &gt; 2024")
        .doesNotContain("\"US & EU\"")
        .doesNotContain("< 5% >");
    assertThat(text).contains(title);
  }
}
