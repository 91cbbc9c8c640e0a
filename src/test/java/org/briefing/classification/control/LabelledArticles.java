package org.briefing.classification.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.briefing.classification.entity.Event;
import org.briefing.classification.entity.EventType;

/** Reads labelled articles in the scorer's format (one JSON object a line). */
final class LabelledArticles {

  /** An article with its gold labels and its publication date (or null). */
  record Labelled(String title, String body, String published, EvaluationMetrics.Gold gold) {}

  /** The corpus of real published articles: tune on dev, measure on test. */
  static final Path DEV_SPLIT = Path.of("src/test/resources/corpus/dev.jsonl");

  static final Path TEST_SPLIT = Path.of("src/test/resources/corpus/test.jsonl");

  /** The shared seed article, beside the project's clone. */
  static final Path SEED = Path.of("../shared/eval/seed.jsonl");

  private LabelledArticles() {}

  static List<Labelled> read(Path file) throws IOException {
    var out = new ArrayList<Labelled>();
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        JsonObject row;
        try (var reader = Json.createReader(new StringReader(line))) {
          row = reader.readObject();
        }
        JsonObject labels = row.getJsonObject("labels");
        var events = new ArrayList<Event>();
        for (var e : labels.getJsonArray("events").getValuesAs(JsonObject.class)) {
          events.add(
              new Event(
                  e.getString("actor"),
                  e.getString("target"),
                  EventType.fromWord(e.getString("type")),
                  null,
                  null,
                  e.getBoolean("background", false)));
        }
        var gold =
            new EvaluationMetrics.Gold(
                row.getString("id"),
                labels.getBoolean("relevant"),
                strings(labels, "topics"),
                strings(labels, "actors"),
                strings(labels, "people"),
                events);
        String published =
            row.get("published") instanceof JsonString date ? date.getString() : null;
        out.add(new Labelled(row.getString("title", ""), row.getString("body"), published, gold));
      }
    }
    return out;
  }

  private static List<String> strings(JsonObject o, String key) {
    return o.getJsonArray(key).getValuesAs(JsonString.class).stream()
        .map(JsonString::getString)
        .toList();
  }
}
