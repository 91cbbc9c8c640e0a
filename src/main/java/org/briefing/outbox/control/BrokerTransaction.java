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
 * Sends outbox messages through the resource adapter in one JTA transaction whose only resource is
 * the broker, so it commits in one phase: the broker never holds a prepared transaction that a
 * crash could leave behind, and the caller's database transaction is suspended meanwhile.
 */
@ApplicationScoped
public class BrokerTransaction {

  /**
   * Artemis's duplicate detection ({@code Message.HDR_DUPLICATE_DETECTION_ID}): the broker drops a
   * message whose id it has seen on that address, so a row sent again (a crash between the send and
   * the delete) arrives once.
   */
  static final String DUPLICATE_ID = "_AMQ_DUPL_ID";

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
        producer.setProperty(DUPLICATE_ID, message.id());
        producer.send(context.createQueue(message.queue()), message.body());
      }
    }
  }
}
