package org.briefing.pipeline.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TemporaryQueue;
import jakarta.jms.TextMessage;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks the broker how many messages wait on each queue, with plain JMS management messages: a
 * message to {@code activemq.management} naming the queue and the attribute, answered on a
 * temporary queue. The service's broker account may read queue attributes and nothing more (see the
 * {@code mops.} security settings in {@code broker.xml}). Opening the connection and getting an
 * answer is also the readiness check: the broker is up and the service may talk to it.
 */
@ApplicationScoped
public class BrokerProbe {

  static final String MANAGEMENT_ADDRESS = "activemq.management";
  static final String RESOURCE_NAME = "_AMQ_ResourceName";
  static final String ATTRIBUTE = "_AMQ_Attribute";
  static final String SUCCEEDED = "_AMQ_OperationSucceeded";

  @Resource(lookup = "jms/briefing")
  ConnectionFactory connectionFactory;

  /** The number of messages on each queue, in the order asked; a queue the broker lacks is -1. */
  public Map<String, Long> messageCounts(List<String> queues, Duration perAnswer)
      throws JMSException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Connection connection = connectionFactory.createConnection()) {
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      TemporaryQueue replies = session.createTemporaryQueue();
      connection.start();
      try (MessageProducer producer =
              session.createProducer(session.createQueue(MANAGEMENT_ADDRESS));
          MessageConsumer answers = session.createConsumer(replies)) {
        for (String queue : queues) {
          Message request = session.createMessage();
          request.setStringProperty(RESOURCE_NAME, "queue." + queue);
          request.setStringProperty(ATTRIBUTE, "messageCount");
          request.setJMSReplyTo(replies);
          producer.send(request);
          Message answer = answers.receive(perAnswer.toMillis());
          if (answer == null) {
            throw new JMSException(
                "The broker did not answer within " + perAnswer.toMillis() + " ms");
          }
          counts.put(queue, count(answer));
        }
      } finally {
        replies.delete();
      }
    }
    return counts;
  }

  /** The answer's body is a JSON array holding the attribute's value, e.g. {@code [42]}. */
  static long count(Message answer) throws JMSException {
    if (!answer.getBooleanProperty(SUCCEEDED) || !(answer instanceof TextMessage text)) {
      return -1;
    }
    String body = text.getText().replaceAll("[\\[\\]\\s\"]", "");
    try {
      return Long.parseLong(body);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
