package org.briefing.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.jms.Queue;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * The one place that puts messages on a pipeline queue: persistent JSON text, with the ids an
 * operator needs as message properties. It joins the caller's JTA transaction (and requires one: a
 * send through the resource adapter outside a transaction can vanish), so a message leaves only if
 * the caller's database work commits too.
 */
@ApplicationScoped
public class QueueSender {

  /** A message to send: its JSON text and its properties. */
  public record Outgoing(String json, Map<String, String> properties) {}

  @Resource(lookup = "jms/briefing")
  ConnectionFactory connectionFactory;

  @Transactional(Transactional.TxType.MANDATORY)
  public void send(String queue, String json, Map<String, String> properties) {
    sendAll(queue, List.of(new Outgoing(json, properties)));
  }

  /**
   * Sends many messages through one JMS session: a session enlisted in the transaction once, not
   * once per message.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public void sendAll(String queue, List<Outgoing> messages) {
    if (messages.isEmpty()) {
      return;
    }
    try (JMSContext context = connectionFactory.createContext()) {
      Queue destination = context.createQueue(queue);
      for (Outgoing message : messages) {
        JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
        message.properties().forEach(producer::setProperty);
        producer.send(destination, message.json());
      }
    }
  }
}
