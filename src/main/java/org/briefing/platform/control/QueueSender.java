package org.briefing.platform.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.transaction.Transactional;
import java.util.Map;

/**
 * The one place that puts a message on a pipeline queue: persistent JSON text, with the ids an
 * operator needs as message properties. It joins the caller's JTA transaction (and requires one: a
 * send through the resource adapter outside a transaction can vanish), so a message leaves only if
 * the caller's database work commits too.
 */
@ApplicationScoped
public class QueueSender {

  @Resource(lookup = "jms/briefing")
  ConnectionFactory connectionFactory;

  @Transactional(Transactional.TxType.MANDATORY)
  public void send(String queue, String json, Map<String, String> properties) {
    try (JMSContext context = connectionFactory.createContext()) {
      JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
      properties.forEach(producer::setProperty);
      producer.send(context.createQueue(queue), json);
    }
  }
}
