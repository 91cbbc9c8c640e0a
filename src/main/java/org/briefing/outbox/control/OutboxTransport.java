package org.briefing.outbox.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSProducer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.List;
import org.briefing.outbox.entity.OutboxMessage;
import org.briefing.pipeline.control.JsonMapper;

/**
 * Hands outbox messages to the broker through the resource adapter. Each batch is a JTA transaction
 * whose only resource is the broker, so it commits in one phase: the broker never holds a prepared
 * transaction that a crash could leave behind. The database is not touched here.
 */
@ApplicationScoped
public class OutboxTransport {

  @Resource(lookup = "jms/briefing")
  ConnectionFactory connectionFactory;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void send(List<OutboxMessage> messages) {
    try (JMSContext context = connectionFactory.createContext()) {
      for (OutboxMessage message : messages) {
        JMSProducer producer = context.createProducer().setDeliveryMode(DeliveryMode.PERSISTENT);
        JsonObject properties;
        try (var reader = JsonMapper.JSON.createReader(new StringReader(message.properties()))) {
          properties = reader.readObject();
        }
        properties.forEach(
            (name, value) -> producer.setProperty(name, ((JsonString) value).getString()));
        producer.send(context.createQueue(message.queue()), message.body());
      }
    }
  }
}
