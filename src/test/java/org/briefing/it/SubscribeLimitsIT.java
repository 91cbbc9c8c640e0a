package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.briefing.it.support.Api;
import org.briefing.it.support.BrokerAdmin;
import org.briefing.it.support.Deployments;
import org.briefing.it.support.Mailbox;
import org.briefing.it.support.OutboxBarrier;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Subscribe limits are kept in the database (issue 16, item 7): an inbox that had its five requests
 * an hour gets no sixth email after the application restarts (or from another node), where the
 * counts in one node's memory started again from nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SubscribeLimitsIT {

  private static final String APP = "restartable";
  private static final List<String> TOPICS =
      List.of("lithium", "cobalt", "graphite", "nickel", "uranium", "tungsten", "antimony");

  @Deployment(name = APP, managed = false, testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  @ArquillianResource Deployer deployer;

  @Test
  void anInboxsLimitHoldsAcrossARestart() {
    Api api = Api.local();
    String marker = Articles.marker();
    String client = "198.51.100." + ThreadLocalRandom.current().nextInt(1, 250);
    String reader = "limits-" + marker + "@example.org";
    deployer.deploy(APP);
    try {
      // Five requests, each with other choices, so that each sends a new confirmation.
      for (int i = 0; i < 5; i++) {
        assertThat(subscribe(api, client, reader, TOPICS.get(i)).statusCode()).isEqualTo(202);
      }
      assertThat(Mailbox.awaitMessages(reader, 5)).hasSize(5);

      deployer.undeploy(APP);
      deployer.deploy(APP);

      // The sixth, after the restart, is answered the same and sends nothing.
      assertThat(subscribe(api, client, reader.toUpperCase(java.util.Locale.ROOT), TOPICS.get(5)))
          .extracting(HttpResponse::statusCode)
          .isEqualTo(202);
      String other = "limits-other-" + marker + "@example.org";
      assertThat(subscribe(api, client, other, TOPICS.get(6)).statusCode()).isEqualTo(202);
      Mailbox.awaitMessages(other, 1);
      OutboxBarrier.pass(api);
      await("the mail queue drained")
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(200))
          .until(() -> BrokerAdmin.local().messageCount("briefing.mail") == 0);
      assertThat(Mailbox.to(reader)).hasSize(5);
    } finally {
      deployer.undeploy(APP);
    }
  }

  private static HttpResponse<String> subscribe(
      Api api, String client, String email, String topic) {
    String json =
        Json.createObjectBuilder()
            .add("email", email)
            .add("topics", Json.createArrayBuilder().add(topic))
            .add("frequency", "weekly")
            .build()
            .toString();
    return api.send(
        HttpRequest.newBuilder(api.uri("/api/subscriptions"))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", client)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build());
  }
}
