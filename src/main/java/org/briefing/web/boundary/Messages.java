package org.briefing.web.boundary;

import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.TextMessage;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.briefing.pipeline.control.JsonMapper;

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
    try (var reader = JsonMapper.JSON.createReader(new StringReader(text(message)))) {
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

  /**
   * The articles a pipeline message is about: {@code articleIds} (a batch, as the pipeline sends
   * them) or {@code articleId} (one, as an operator may send by hand). At least one, each a
   * non-blank string.
   */
  public static List<String> articleIds(Message message) {
    return articleIds(json(message));
  }

  public static List<String> articleIds(JsonObject json) {
    JsonValue many = json.get("articleIds");
    if (many == null) {
      JsonValue one = json.get("articleId");
      if (!(one instanceof JsonString string) || string.getString().isBlank()) {
        throw new IllegalArgumentException("Message lacks the string field articleId");
      }
      return List.of(string.getString());
    }
    if (many.getValueType() != JsonValue.ValueType.ARRAY || many.asJsonArray().isEmpty()) {
      throw new IllegalArgumentException("articleIds must be a non-empty array of ids");
    }
    List<String> ids = new ArrayList<>();
    for (JsonValue id : many.asJsonArray()) {
      if (!(id instanceof JsonString string) || string.getString().isBlank()) {
        throw new IllegalArgumentException("articleIds holds something that is not an id: " + id);
      }
      ids.add(string.getString());
    }
    return ids;
  }
}
