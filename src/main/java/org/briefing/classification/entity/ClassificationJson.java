package org.briefing.classification.entity;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.briefing.platform.control.JsonMapper;

/**
 * A classification as the JSON stored with its article, written and read by hand: JSON-B's
 * reflection took a twentieth of the server's processor time, as every article is written once and
 * read by the ledger and the alerts. The form is JSON-B's: properties in alphabetical order, a
 * missing topic left out.
 */
public final class ClassificationJson {

  private ClassificationJson() {}

  public static String write(Classification c) {
    StringWriter out = new StringWriter(512);
    try (JsonGenerator g = JsonMapper.JSON.createGenerator(out)) {
      g.writeStartObject();
      strings(g, "actors", c.actors());
      g.writeStartArray("events");
      for (Event e : c.events()) {
        g.writeStartObject().write("actor", e.actor()).write("background", e.background());
        if (e.evidence() != null) {
          g.write("evidence", e.evidence());
        }
        g.write("target", e.target());
        if (e.topic() != null) {
          g.write("topic", e.topic());
        }
        g.write("type", e.type()).writeEnd();
      }
      g.writeEnd();
      strings(g, "people", c.people());
      strings(g, "reasons", c.reasons());
      g.write("relevant", c.relevant()).write("score", c.score());
      strings(g, "topics", c.topics());
      g.writeEnd();
    }
    return out.toString();
  }

  public static Classification read(String json) {
    JsonObject o;
    try (var reader = JsonMapper.JSON.createReader(new StringReader(json))) {
      o = reader.readObject();
    }
    List<Event> events =
        o.getJsonArray("events").getValuesAs(JsonObject.class).stream()
            .map(
                e ->
                    new Event(
                        e.getString("actor"),
                        e.getString("target"),
                        e.getString("type"),
                        e.getString("topic", null),
                        e.getString("evidence", null),
                        e.getBoolean("background", false)))
            .toList();
    return new Classification(
        o.getBoolean("relevant"),
        o.getJsonNumber("score").doubleValue(),
        strings(o.getJsonArray("topics")),
        strings(o.getJsonArray("actors")),
        strings(o.getJsonArray("people")),
        events,
        strings(o.getJsonArray("reasons")));
  }

  private static void strings(JsonGenerator g, String name, List<String> values) {
    g.writeStartArray(name);
    values.forEach(g::write);
    g.writeEnd();
  }

  private static List<String> strings(JsonArray array) {
    return array == null
        ? List.of()
        : array.stream()
            .filter(v -> v.getValueType() == JsonValue.ValueType.STRING)
            .map(v -> ((JsonString) v).getString())
            .toList();
  }
}
