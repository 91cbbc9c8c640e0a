package org.briefing.classification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.briefing.articles.control.ArticleBatch;
import org.briefing.outbox.control.QueueSender;
import org.briefing.pipeline.control.Queues;

/** Hands classified, relevant articles on to the ledger, in the caller's transaction. */
@ApplicationScoped
public class ClassificationEvents {

  @Inject QueueSender sender;

  /** One message for the batch, in the order the articles were classified. */
  public void relevantClassified(List<String> articleIds) {
    sender.send(Queues.LEDGER, ArticleBatch.json(articleIds), ArticleBatch.properties(articleIds));
  }
}
