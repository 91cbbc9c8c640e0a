package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.briefing.it.support.ArtemisBroker;
import org.briefing.it.support.TestEnvironment;
import org.junit.jupiter.api.Test;

/**
 * The broker instance the tests run, as create-instance.sh made it: console roles, read-only
 * viewer, Jolokia only for the console's origin.
 */
class BrokerConsoleConfigIT {

  private final Path etc = Path.of(System.getProperty("briefing.it.dir"), "broker", "etc");

  @Test
  void operatorAndViewerMayLogIntoTheConsole() throws Exception {
    assertThat(Files.readString(etc.resolve("artemis.profile")))
        .contains("HAWTIO_ROLES='operator,viewer'");
  }

  @Test
  void viewerMayOnlyLook() throws Exception {
    String management = Files.readString(etc.resolve("management.xml"));
    assertThat(management)
        .contains("<access method=\"browse*\" roles=\"operator,viewer\"/>")
        .contains("<access method=\"set*\" roles=\"operator\"/>")
        .contains("<access method=\"*\" roles=\"operator\"/>")
        .doesNotContain("method=\"*\" roles=\"operator,viewer\"");
  }

  @Test
  void jolokiaAnswersOnlyTheConsolesOrigin() throws Exception {
    String jolokia = Files.readString(etc.resolve("jolokia-access.xml"));
    assertThat(jolokia)
        .contains("<strict-checking/>")
        .doesNotContain("<allow-origin>*</allow-origin>")
        .doesNotContain("*://");
  }

  /**
   * A page on another host whose name merely starts like the console's (a DNS-rebinding setup,
   * {@code http://localhost.evil.example}) gets no answer from Jolokia, even with an operator's
   * login in the browser; the console's own origin, and its pages as the Referer of the console's
   * own GETs, do.
   */
  @Test
  void jolokiaRefusesOriginsThatOnlyStartLikeTheConsoles() throws Exception {
    ArtemisBroker broker = TestEnvironment.broker();
    broker.awaitConsole();
    URI console = URI.create(broker.consoleUrl());
    int port = console.getPort();
    for (String stranger :
        List.of(
            "http://localhost.evil.example",
            "http://127.0.0.1.evil.example",
            "http://127.0.0.1:" + port + ".evil.example",
            "http://localhost:" + port + "@evil.example",
            "https://evil.example")) {
      assertThat(jolokiaStatus("Origin", stranger)).as(stranger).isEqualTo(403);
    }
    assertThat(jolokiaStatus("Referer", "http://localhost.evil.example/console/")).isEqualTo(403);
    assertThat(jolokiaStatus("Origin", "http://127.0.0.1:" + port)).isEqualTo(200);
    assertThat(jolokiaStatus("Origin", "http://localhost:" + port)).isEqualTo(200);
    assertThat(jolokiaStatus("Referer", "http://127.0.0.1:" + port + "/console/artemis"))
        .isEqualTo(200);
  }

  /** Jolokia's answer to an operator's read, as HTTP status or, in its body, its own status. */
  private static int jolokiaStatus(String header, String value) throws Exception {
    String basic =
        Base64.getEncoder()
            .encodeToString("operator:operator-local".getBytes(StandardCharsets.UTF_8));
    String read =
        "{\"type\":\"read\",\"mbean\":\"java.lang:type=Runtime\",\"attribute\":\"Uptime\"}";
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(TestEnvironment.broker().consoleUrl() + "/jolokia/"))
                    .header("Authorization", "Basic " + basic)
                    .header(header, value)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(read))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      return response.statusCode();
    }
    JsonObject body = Json.createReader(new StringReader(response.body())).readObject();
    return body.getInt("status");
  }
}
