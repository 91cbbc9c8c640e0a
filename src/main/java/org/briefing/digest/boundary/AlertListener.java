package org.briefing.digest.boundary;

import jakarta.ejb.ActivationConfigProperty;
import jakarta.ejb.MessageDriven;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.Message;
import jakarta.jms.MessageListener;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import org.briefing.digest.control.ImmediateAlerts;
import org.briefing.pipeline.control.Queues;
import org.briefing.web.boundary.Messages;

/**
 * Matches each article the ledger has read (a batch per message) against the immediate
 * subscriptions. Each subscriber's alert is its own transaction, recorded as sent: a redelivered
 * message sends no alert twice.
 */
@MessageDriven(
    activationConfig = {
      @ActivationConfigProperty(propertyName = "destination", propertyValue = Queues.ALERTS),
      @ActivationConfigProperty(
          propertyName = "destinationType",
          propertyValue = "jakarta.jms.Queue"),
      @ActivationConfigProperty(propertyName = "useJNDI", propertyValue = "false"),
      @ActivationConfigProperty(propertyName = "useLocalTx", propertyValue = "true")
    })
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AlertListener implements MessageListener {

  @Inject ImmediateAlerts alerts;

  @Override
  public void onMessage(Message message) {
    JsonObject json = Messages.json(message);
    if (!json.containsKey("articles")) {
      alerts.alertAll(List.of(read(json))); // one article, as an operator may send by hand
      return;
    }
    List<ImmediateAlerts.Read> batch = new ArrayList<>();
    for (JsonValue article : json.getJsonArray("articles")) {
      if (article.getValueType() != JsonValue.ValueType.OBJECT) {
        throw new IllegalArgumentException("articles holds something that is not an object");
      }
      batch.add(read(article.asJsonObject()));
    }
    alerts.alertAll(batch);
  }

  private static ImmediateAlerts.Read read(JsonObject article) {
    String articleId = Messages.articleIds(article).get(0);
    List<String> changeIds =
        article.containsKey("changeIds")
            ? article.getJsonArray("changeIds").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList()
            : List.of();
    return new ImmediateAlerts.Read(articleId, changeIds);
  }
}
