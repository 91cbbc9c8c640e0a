package org.briefing.classification.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import java.util.List;
import org.briefing.articles.control.ArticleBatches;
import org.briefing.classification.control.ArticleClassification;
import org.briefing.pipeline.control.Queues;
import org.briefing.web.boundary.Messages;

/**
 * Classifies accepted articles, a batch per message (as intake stored them together). The
 * classification and the message for the ledger (through the outbox) commit in one database
 * transaction; the message is acknowledged after it, in a local JMS transaction ({@code
 * useLocalTx}), so a crash in between delivers it again and the classification, being idempotent,
 * does nothing the second time. A failure throws, so the broker redelivers with back-off and
 * finally dead-letters the message. No message-driven bean uses XA.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.ARTICLES),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ClassificationListener implements MessageListener {

  @Inject ArticleClassification classification;

  @Override
  public void onMessage(Message message) {
    ArticleBatches.process(
        Messages.articleIds(message),
        classification::classifyAll,
        articleId -> classification.classifyAll(List.of(articleId)));
  }
}
