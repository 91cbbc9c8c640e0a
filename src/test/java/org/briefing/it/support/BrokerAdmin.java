package org.briefing.it.support;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.QueueBrowser;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientRequestor;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;
import org.apache.activemq.artemis.api.core.management.ManagementHelper;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/** An operator's view of the test broker: queue counters, pause and resume, browsing. */
public final class BrokerAdmin {

  private static final String USER = "operator";
  private static final String PASSWORD = "operator-local";

  private final String url;

  public BrokerAdmin(String url) {
    this.url = url;
  }

  public static BrokerAdmin local() {
    return new BrokerAdmin(TestEnvironment.broker().url());
  }

  /** An attribute of a queue's management control, e.g. {@code messagesAdded}. */
  public Object queueAttribute(String queue, String attribute) {
    return management(
        ResourceNames.QUEUE + queue,
        m -> ManagementHelper.putAttribute(m, ResourceNames.QUEUE + queue, attribute));
  }

  public long messagesAdded(String queue) {
    return ((Number) queueAttribute(queue, "messagesAdded")).longValue();
  }

  public long messageCount(String queue) {
    return ((Number) queueAttribute(queue, "messageCount")).longValue();
  }

  public void pause(String queue) {
    invoke(queue, "pause");
  }

  public void resume(String queue) {
    invoke(queue, "resume");
  }

  /** A durable anycast queue of its own address, for a test to send to with no consumer on it. */
  public void createQueue(String name) {
    String configuration =
        jakarta.json.Json.createObjectBuilder()
            .add("name", name)
            .add("address", name)
            .add("routing-type", "ANYCAST")
            .add("durable", true)
            .add("auto-create-address", true)
            .build()
            .toString();
    management(
        ResourceNames.BROKER,
        m ->
            ManagementHelper.putOperationInvocation(
                m, ResourceNames.BROKER, "createQueue", configuration));
  }

  /** Deletes a queue with its messages, and its address. */
  public void destroyQueue(String name) {
    management(
        ResourceNames.BROKER,
        m ->
            ManagementHelper.putOperationInvocation(
                m, ResourceNames.BROKER, "destroyQueue", name, true, true));
  }

  /** Deletes every message waiting on a queue. */
  public void removeAll(String queue) {
    management(
        ResourceNames.QUEUE + queue,
        m ->
            ManagementHelper.putOperationInvocation(
                m, ResourceNames.QUEUE + queue, "removeAllMessages"));
  }

  /** The operator's retry: moves a dead-letter queue's messages back to where they came from. */
  public long retryMessages(String queue) {
    return ((Number) invoke(queue, "retryMessages")).longValue();
  }

  /**
   * The transactions the broker holds prepared (XA), waiting for a coordinator's decision; the
   * service never prepares one, so this stays empty whatever crashes.
   */
  public List<String> preparedTransactions() {
    Object result =
        management(
            ResourceNames.BROKER,
            m ->
                ManagementHelper.putOperationInvocation(
                    m, ResourceNames.BROKER, "listPreparedTransactions"));
    List<String> xids = new ArrayList<>();
    if (result instanceof Object[] array) {
      for (Object xid : array) {
        xids.add(String.valueOf(xid));
      }
    }
    return xids;
  }

  private Object invoke(String queue, String operation) {
    return management(
        ResourceNames.QUEUE + queue,
        m -> ManagementHelper.putOperationInvocation(m, ResourceNames.QUEUE + queue, operation));
  }

  private interface Request {
    void fill(ClientMessage message) throws Exception;
  }

  private Object management(String resource, Request request) {
    try (ServerLocator locator = ActiveMQClient.createServerLocator(url);
        ClientSessionFactory factory = locator.createSessionFactory();
        ClientSession session =
            factory.createSession(USER, PASSWORD, false, true, true, false, 1)) {
      session.start();
      try (ClientRequestor requestor = new ClientRequestor(session, "activemq.management")) {
        ClientMessage message = session.createMessage(false);
        request.fill(message);
        ClientMessage reply = requestor.request(message, 10_000);
        if (reply == null || !ManagementHelper.hasOperationSucceeded(reply)) {
          throw new IllegalStateException(
              "Management call on "
                  + resource
                  + " failed: "
                  + (reply == null ? "no reply" : ManagementHelper.getResult(reply)));
        }
        return ManagementHelper.getResult(reply);
      }
    } catch (Exception e) {
      throw new IllegalStateException("Management call on " + resource + " failed", e);
    }
  }

  /** The text of the messages waiting on a queue that match a JMS selector, without taking them. */
  public List<String> browse(String queue, String selector) {
    try (ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(url);
        Connection connection = factory.createConnection(USER, PASSWORD)) {
      Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
      connection.start();
      QueueBrowser browser = session.createBrowser(session.createQueue(queue), selector);
      List<String> texts = new ArrayList<>();
      for (Message m :
          Collections.list((java.util.Enumeration<Message>) browser.getEnumeration())) {
        texts.add(m instanceof TextMessage t ? t.getText() : m.toString());
      }
      return texts;
    } catch (JMSException e) {
      throw new IllegalStateException("Browsing " + queue + " failed", e);
    }
  }
}
