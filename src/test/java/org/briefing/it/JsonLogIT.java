package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.briefing.it.support.Api;
import org.briefing.it.support.Deployments;
import org.briefing.it.support.ServerLog;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test server runs with {@code LOG_FORMAT=JSON}, as the container image does: messages.log is
 * JSON lines from its first line, and each stage names the articles it handled as {@code
 * article=<id>} (one line a batch, the articles separated by "; "), so that one grep follows an
 * article through intake, classification and the ledger.
 */
@ExtendWith(ArquillianExtension.class)
class JsonLogIT {

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  private final Api api = Api.local();

  @Test
  void eachStageLogsTheArticleIdInAJsonLine() {
    HttpResponse<String> posted =
        api.postJson("/api/articles", Articles.moscowOffer(Articles.marker()));
    assertThat(posted.statusCode()).isEqualTo(202);
    String article = "article=" + Api.json(posted).getString("id");

    List<JsonObject> lines =
        await("intake, classification and ledger lines for " + article)
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(250))
            .until(
                () -> ServerLog.lines(article).stream().map(JsonLogIT::json).toList(),
                found -> found.size() >= 3);

    assertThat(lines)
        .allSatisfy(
            line -> {
              assertThat(line.getString("type")).isEqualTo("liberty_message");
              assertThat(line.getString("loglevel")).isEqualTo("INFO");
              assertThat(line.getString("ibm_datetime")).isNotBlank();
              assertThat(line.getString("message")).matches("(.*; )?" + article + " .*");
            });
    assertThat(lines)
        .extracting(line -> line.getString("module"))
        .contains(
            "org.briefing.intake.control.IntakeWriter",
            "org.briefing.classification.control.ArticleClassification",
            "org.briefing.ledger.control.Ledger");
    assertThat(lines)
        .extracting(line -> line.getString("message"))
        .anySatisfy(m -> assertThat(m).contains("received and queued for classification"))
        .anySatisfy(m -> assertThat(m).contains("classified: relevant=true"));
  }

  @Test
  void everyLineOfMessagesLogIsJsonFromTheFirst() throws IOException {
    // From the banner on: server.env passes LOG_FORMAT to Liberty before it reads server.xml.
    String log = new String(Files.readAllBytes(ServerLog.messages()), StandardCharsets.UTF_8);
    // Only whole lines: the server may be writing the last one.
    List<String> lines = log.substring(0, log.lastIndexOf('\n') + 1).lines().toList();
    assertThat(lines).isNotEmpty();
    List<JsonObject> json = lines.stream().map(JsonLogIT::json).toList();
    assertThat(json)
        .as("Liberty's own messages, e.g. the server's start")
        .anySatisfy(line -> assertThat(line.getString("ibm_messageId", "")).startsWith("CWW"));
  }

  /** A line of the log as JSON; fails the test when the line is not JSON. */
  private static JsonObject json(String line) {
    try (var reader = Json.createReader(new StringReader(line))) {
      return reader.readObject();
    } catch (RuntimeException e) {
      throw new AssertionError("Not a JSON line: " + line, e);
    }
  }
}
