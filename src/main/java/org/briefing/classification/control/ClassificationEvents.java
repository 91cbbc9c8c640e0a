package org.briefing.classification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import java.util.Map;
import org.briefing.platform.control.QueueSender;
import org.briefing.platform.control.Queues;

/** Hands a classified, relevant article on to the ledger, in the caller's transaction. */
@ApplicationScoped
public class ClassificationEvents {

  @Inject QueueSender sender;

  public void relevantClassified(String articleId) {
    sender.send(
        Queues.LEDGER,
        Json.createObjectBuilder().add("articleId", articleId).build().toString(),
        Map.of("articleId", articleId));
  }
}
