package org.briefing.classification.entity;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import org.briefing.pipeline.control.JsonMapper;

/**
 * A classification as the JSON stored with its article, written and read by hand: JSON-B's
 * reflection took a twentieth of the server's processor time, as every article is written once and
 * read by the ledger and the alerts. The form is JSON-B's: properties in alphabetical order, null
 * values left out; what is missing reads as null, false, 0 or an empty list.
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
        g.writeStartObject();
        optional(g, "actor", e.actor());
        g.write("background", e.background());
        g.write("direct", e.direct());
        optional(g, "evidence", e.evidence());
        optional(g, "target", e.target());
        optional(g, "topic", e.topic());
        optional(g, "type", e.type() == null ? null : e.type().word());
        g.writeEnd();
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
    JsonArray eventArray = o.getJsonArray("events");
    List<Event> events =
        (eventArray == null ? List.<JsonObject>of() : eventArray.getValuesAs(JsonObject.class))
            .stream()
                .map(
                    e ->
                        new Event(
                            e.getString("actor", null),
                            e.getString("target", null),
                            EventType.of(e.getString("type", null)).orElse(null),
                            e.getString("topic", null),
                            e.getString("evidence", null),
                            e.getBoolean("background", false),
                            e.getBoolean("direct", true)))
                .toList();
    return new Classification(
        o.getBoolean("relevant", false),
        o.get("score") instanceof JsonNumber score ? score.doubleValue() : 0.0,
        strings(o.getJsonArray("topics")),
        strings(o.getJsonArray("actors")),
        strings(o.getJsonArray("people")),
        events,
        strings(o.getJsonArray("reasons")));
  }

  /** Left out when null, as JSON-B does. */
  private static void optional(JsonGenerator g, String name, String value) {
    if (value != null) {
      g.write(name, value);
    }
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
