package org.briefing.mail.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import org.briefing.mail.control.Delivery;
import org.briefing.mail.entity.MailMessage;
import org.briefing.pipeline.control.JsonMapper;
import org.briefing.pipeline.control.Queues;
import org.briefing.web.boundary.Messages;

/**
 * Sends the emails on the mail queue. An SMTP failure throws: the broker redelivers with growing
 * delay, and after the attempt limit the email waits in DLQ.briefing.mail for an operator.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.MAIL),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender implements MessageListener {

  @Inject Delivery delivery;

  @Override
  public void onMessage(Message message) {
    delivery.deliver(JsonMapper.read(Messages.text(message), MailMessage.class));
  }
}
