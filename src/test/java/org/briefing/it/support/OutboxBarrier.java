package org.briefing.it.support;

import static org.awaitility.Awaitility.await;

import jakarta.json.Json;
import java.time.Duration;
import java.util.UUID;

/**
 * Messages leave through the service's outbox a moment after the commit, oldest first. A test that
 * counts what reached a queue first lets everything written before pass: it posts an article of its
 * own and waits until it is classified, by which time every older outbox message has been sent.
 */
public final class OutboxBarrier {

  private OutboxBarrier() {}

  /** Returns once everything the service wrote to its outbox before this call has been sent. */
  public static void pass(Api api) {
    String marker = UUID.randomUUID().toString();
    String article =
        Json.createObjectBuilder()
            .add("title", "Outbox barrier " + marker)
            .add("body", "A barrier article for the tests, number " + marker + ".")
            .add("url", "https://barrier.example.org/" + marker)
            .build()
            .toString();
    var response = api.postJson("/api/articles", article);
    if (response.statusCode() != 202) {
      throw new IllegalStateException("The barrier article was not accepted: " + response.body());
    }
    String id = Api.json(response).getString("id");
    await("the outbox passed (barrier article " + id + " classified)")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> Api.json(api.get("/api/articles/" + id)).getString("status"),
            "classified"::equals);
  }
}
