package org.briefing.web.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.briefing.intake.boundary.ArticleBatchSubmission;
import org.briefing.intake.entity.ArticleSubmission;
import org.briefing.subscriptions.boundary.SubscriptionRequest;
import org.junit.jupiter.api.Test;

/** The records bound from the checked JSON object are the ones JSON-B reads from the same text. */
public class JsonRecordsTest {

  private static final Jsonb JSONB = JsonbBuilder.create();
  private static final String[] TEXTS = {
    "Cobalt",
    "",
    " ",
    "é ü 中文 \uD83D\uDE00",
    "quote \" and \\ backslash",
    "line\nbreak\ttab",
    "</b>"
  };

  private final Random random = new Random(17);

  @Test
  void bindsWhatJsonBindingReads() {
    for (int run = 0; run < 2_000; run++) {
      assertSame(article(), ArticleSubmission.class);
      assertSame(subscription(), SubscriptionRequest.class);
      List<String> articles = new ArrayList<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        articles.add(article());
      }
      assertSame(
          "{\"articles\":[" + String.join(",", articles) + "]}", ArticleBatchSubmission.class);
    }
    assertSame("{}", ArticleBatchSubmission.class);
    assertSame("{\"articles\":null}", ArticleBatchSubmission.class);
  }

  public enum Cadence {
    DAILY,
    WEEKLY
  }

  /** Component types no request record has yet: a new field of one must not be a 500. */
  public record Settings(
      Boolean paused, boolean urgent, Long since, Cadence cadence, List<Cadence> all) {}

  @Test
  void bindsBooleansLongsAndEnumsAsJsonBindingDoes() {
    for (String json :
        List.of(
            "{\"paused\":true,\"urgent\":false,\"since\":9007199254740993,\"cadence\":\"WEEKLY\","
                + "\"all\":[\"DAILY\",\"WEEKLY\"]}",
            "{\"paused\":null,\"urgent\":true,\"cadence\":null}")) {
      assertSame(json, Settings.class);
    }
  }

  @Test
  void namesWhatIsWrongWithABooleanOrAnEnum() {
    JsonObject wrong =
        Json.createReader(
                new StringReader("{\"paused\":\"yes\",\"cadence\":\"hourly\",\"since\":1.5}"))
            .readObject();
    assertThat(JsonRequestBodies.shapeErrors(wrong, Settings.class))
        .extracting(Problem.FieldError::field, Problem.FieldError::message)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("paused", "must be true or false, not a string"),
            org.assertj.core.groups.Tuple.tuple(
                "cadence", "must be one of [DAILY, WEEKLY], not a string"),
            org.assertj.core.groups.Tuple.tuple(
                "since", "must be a whole number, not a number (1.5)"));
  }

  private static <T> void assertSame(String json, Class<T> record) {
    JsonObject object = Json.createReader(new StringReader(json)).readObject();
    assertThat(JsonRequestBodies.shapeErrors(object, record)).as(json).isEmpty();
    T bound = JsonRecords.bind(object, record);
    assertThat(bound).as(json).isEqualTo(JSONB.fromJson(json, record));
  }

  private String article() {
    List<String> fields = new ArrayList<>();
    for (String name : List.of("title", "body", "url", "source", "publishedAt", "language")) {
      maybe(fields, name, text());
    }
    return object(fields);
  }

  private String subscription() {
    List<String> fields = new ArrayList<>();
    maybe(fields, "email", text());
    maybe(fields, "topics", list());
    maybe(fields, "actors", list());
    maybe(fields, "frequency", text());
    maybe(fields, "timezone", text());
    maybe(
        fields,
        "deliveryHour",
        String.valueOf(random.nextInt(Integer.MIN_VALUE, Integer.MAX_VALUE)));
    return object(fields);
  }

  /** Leaves the field out, sets it to null or to the value, a third of the time each. */
  private void maybe(List<String> fields, String name, String value) {
    switch (random.nextInt(3)) {
      case 0 -> {}
      case 1 -> fields.add(Json.createValue(name) + ":null");
      default -> fields.add(Json.createValue(name) + ":" + value);
    }
  }

  private String text() {
    return Json.createValue(TEXTS[random.nextInt(TEXTS.length)] + random.nextInt(100)).toString();
  }

  private String list() {
    List<String> items = new ArrayList<>();
    for (int i = random.nextInt(4); i > 0; i--) {
      items.add(text());
    }
    return "[" + String.join(",", items) + "]";
  }

  private String object(List<String> fields) {
    java.util.Collections.shuffle(fields, random);
    return "{" + String.join(",", fields) + "}";
  }
}
