package org.briefing.ledger.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Map;
import org.briefing.platform.control.QueueSender;
import org.briefing.platform.control.Queues;

/** Tells the alert matcher that the ledger has read an article, and which changes it found. */
@ApplicationScoped
public class LedgerEvents {

  @Inject QueueSender sender;

  public void recorded(String articleId, List<String> changeIds) {
    JsonArrayBuilder changes = Json.createArrayBuilder();
    changeIds.forEach(changes::add);
    String json =
        Json.createObjectBuilder()
            .add("articleId", articleId)
            .add("changeIds", changes)
            .build()
            .toString();
    sender.send(
        Queues.ALERTS,
        json,
        Map.of("articleId", articleId, "changes", String.valueOf(changeIds.size())));
  }
}
