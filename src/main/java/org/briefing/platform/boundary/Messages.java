package org.briefing.platform.boundary;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;

/**
 * Reading the pipeline's JSON text messages; anything else is refused loudly (and dead-lettered).
 */
public final class Messages {

  private Messages() {}

  public static String text(Message message) {
    if (!(message instanceof TextMessage text)) {
      throw new IllegalArgumentException(
          "Expected a JSON text message, got " + message.getClass().getSimpleName());
    }
    try {
      String body = text.getText();
      if (body == null) {
        throw new IllegalArgumentException("Empty message");
      }
      return body;
    } catch (JMSException e) {
      throw new IllegalStateException("Cannot read the message body", e);
    }
  }

  public static JsonObject json(Message message) {
    try (var reader = Json.createReader(new StringReader(text(message)))) {
      return reader.readObject();
    } catch (JsonException e) {
      throw new IllegalArgumentException("Message is not a JSON object: " + e.getMessage(), e);
    }
  }

  /** A required, non-blank string field of a JSON message. */
  public static String jsonField(Message message, String field) {
    JsonValue value = json(message).get(field);
    if (!(value instanceof JsonString string) || string.getString().isBlank()) {
      throw new IllegalArgumentException("Message lacks the string field " + field);
    }
    return string.getString();
  }
}
