package org.briefing.classification.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.briefing.classification.control.ArticleClassification;
import org.briefing.platform.boundary.Messages;
import org.briefing.platform.control.Queues;

/**
 * Classifies each accepted article. Runs in the container's JTA transaction: receive, store and any
 * send commit together; a failure throws, so the broker redelivers with back-off and finally
 * dead-letters the message.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.ARTICLES),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false")
    })
public class ClassificationListener implements MessageListener {

  @Inject ArticleClassification classification;

  @Override
  public void onMessage(Message message) {
    classification.classify(Messages.jsonField(message, "articleId"));
  }
}
