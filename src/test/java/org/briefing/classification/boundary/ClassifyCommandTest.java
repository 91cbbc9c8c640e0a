package org.briefing.classification.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.briefing.classification.control.Classifier;
import org.junit.jupiter.api.Test;

class ClassifyCommandTest {

  private static final Classifier CLASSIFIER = Classifier.fromClasspath();

  @Test
  void writesOneLinePerArticleAndSkipsMalformedLines() throws IOException {
    String in =
        """
        {"id": "a", "title": "Kyiv ratifies minerals pact", "body": "Ukraine’s parliament ratified \
        the minerals agreement with the United States. Zelenskyy’s envoy – Ольга – welcomed it."}
        not json
        {"id": 7, "body": "Copper prices rose."}
        {"title": "no id"}
        """;
    var out = new StringWriter();
    var errBytes = new ByteArrayOutputStream();
    var err = new PrintStream(errBytes, true, StandardCharsets.UTF_8);

    int skipped = ClassifyCommand.run(CLASSIFIER, new StringReader(in), out, err);

    assertThat(skipped).isEqualTo(2);
    assertThat(errBytes.toString(StandardCharsets.UTF_8)).contains("line 2", "line 4");
    var lines = out.toString().lines().toList();
    assertThat(lines).hasSize(2);
    var first = Json.createReader(new StringReader(lines.get(0))).readObject();
    assertThat(first.keySet())
        .containsExactly(
            "id", "relevant", "score", "topics", "actors", "people", "events", "reasons");
    assertThat(first.getBoolean("relevant")).isTrue();
    var event = first.getJsonArray("events").getJsonObject(0);
    assertThat(event.getString("actor")).isEqualTo("UA");
    assertThat(event.getString("type")).isEqualTo("ratify");
    assertThat(event.getString("evidence")).contains("Ukraine’s parliament");
    assertThat(Json.createReader(new StringReader(lines.get(1))).readObject().getInt("id"))
        .isEqualTo(7);
  }
}
