package org.briefing.ledger.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.briefing.articles.control.ArticleBatches;
import org.briefing.ledger.control.Ledger;
import org.briefing.pipeline.control.Queues;
import org.briefing.web.boundary.Messages;

/**
 * Reads classified articles into the ledger, a batch per message; throws on failure, so the broker
 * retries.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.LEDGER),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class LedgerListener implements MessageListener {

  @Inject Ledger ledger;

  @Override
  public void onMessage(Message message) {
    ArticleBatches.process(Messages.articleIds(message), ledger::recordAll, ledger::record);
  }
}
