package org.briefing.classification.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.briefing.classification.control.Classifier;
import org.briefing.classification.entity.Classification;
import org.briefing.classification.entity.Event;

/**
 * The offline classifier: reads articles as JSON lines ({@code {"id", "title", "body", ...}}) on
 * standard input and writes one line per article on standard output: {@code {"id", "relevant",
 * "score", "topics", "actors", "people", "events", "reasons"}}. A line that is not a JSON object
 * with a body is reported on standard error and skipped. An optional argument names a folder of
 * extra gazetteer files.
 *
 * <pre>./mvnw -q compile exec:java@classify &lt; in.jsonl &gt; out.jsonl</pre>
 */
public final class ClassifyCommand {

  private ClassifyCommand() {}

  public static void main(String[] args) throws IOException {
    Classifier classifier = Classifier.load(args.length > 0 ? Path.of(args[0]) : null);
    var in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
    var out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
    int failed = run(classifier, in, out, System.err);
    out.flush();
    if (failed > 0) {
      System.err.println("classify: skipped " + failed + " malformed line(s)");
    }
  }

  /** Classifies every line of {@code in}; returns how many lines were skipped. */
  static int run(Classifier classifier, Reader in, Writer out, PrintStream err) throws IOException {
    var lines = in instanceof BufferedReader b ? b : new BufferedReader(in);
    String line;
    int number = 0;
    int failed = 0;
    while ((line = lines.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        out.write(classifyLine(classifier, line));
        out.write('\n');
      } catch (JsonException | ClassCastException | IllegalArgumentException e) {
        failed++;
        err.println("classify: line " + number + " skipped: " + e.getMessage());
      }
    }
    return failed;
  }

  static String classifyLine(Classifier classifier, String line) {
    JsonObject article;
    try (var reader = Json.createReader(new StringReader(line))) {
      article = reader.readObject();
    }
    JsonValue id = article.get("id");
    if (id == null) {
      throw new IllegalArgumentException("no \"id\"");
    }
    String body = text(article, "body");
    if (body == null) {
      throw new IllegalArgumentException("no \"body\"");
    }
    Classification c = classifier.classify(text(article, "title"), body);
    return toJson(id, c).toString();
  }

  private static String text(JsonObject article, String key) {
    JsonValue v = article.get(key);
    return v instanceof JsonString s ? s.getString() : null;
  }

  static JsonObject toJson(JsonValue id, Classification c) {
    JsonArrayBuilder events = Json.createArrayBuilder();
    for (Event e : c.events()) {
      JsonObjectBuilder event =
          Json.createObjectBuilder()
              .add("actor", e.actor())
              .add("target", e.target())
              .add("type", e.type().word());
      if (e.topic() == null) {
        event.addNull("topic");
      } else {
        event.add("topic", e.topic());
      }
      events.add(
          event
              .add("evidence", e.evidence())
              .add("background", e.background())
              .add("direct", e.direct()));
    }
    return Json.createObjectBuilder()
        .add("id", id)
        .add("relevant", c.relevant())
        .add("score", c.score())
        .add("topics", strings(c.topics()))
        .add("actors", strings(c.actors()))
        .add("people", strings(c.people()))
        .add("events", events)
        .add("reasons", strings(c.reasons()))
        .build();
  }

  private static JsonArrayBuilder strings(List<String> values) {
    JsonArrayBuilder array = Json.createArrayBuilder();
    values.forEach(array::add);
    return array;
  }
}
