package org.briefing.web.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** One pass, within limits: what passes reads as JSON-P reads it; what does not says why. */
class BoundedJsonTest {

  private final BoundedJson limits = new BoundedJson(4, 3);

  @Test
  void readsWhatJsonProcessingReads() {
    for (String json :
        new String[] {
          "{\"title\":\"t\",\"topics\":[\"a\",\"b\",\"c\"]}",
          "[[[{}]]]",
          "[{\"a\":1,\"b\":2.5e3,\"c\":true,\"d\":null}]",
          " \"text \\u00e9\" ",
          "{\"a\":1,\"a\":2}",
          "-0"
        }) {
      JsonValue expected = Json.createReader(new StringReader(json)).readValue();
      assertThat(limits.value(json)).as(json).isEqualTo(expected);
    }
  }

  @Test
  void refusesTooDeep() {
    assertRefused("[[[[[]]]]]", "nests deeper than 4 levels", false);
    assertRefused("{\"a\":{\"b\":{\"c\":{\"d\":{}}}}}", "nests deeper than 4 levels", false);
    assertRefused("[".repeat(500_000), "nests deeper than 4 levels", false);
    assertThat(BoundedJson.read("[".repeat(16) + "]".repeat(16))).isNotNull();
    assertThatThrownBy(() -> BoundedJson.read("[".repeat(17) + "]".repeat(17)))
        .hasMessageContaining("deeper than 16 levels");
  }

  @Test
  void refusesLongArraysAsTooLarge() {
    assertRefused("[1,2,3,4]", "more than 3 elements", true);
    assertRefused("{\"x\":[{},{},[],\"s\"]}", "more than 3 elements", true);
    String thousand = "[" + "1,".repeat(999) + "1]";
    assertThat(BoundedJson.read(thousand).asJsonArray()).hasSize(1000);
    assertThatThrownBy(() -> BoundedJson.read("[1," + thousand.substring(1)))
        .hasMessageContaining("more than 1000 elements");
  }

  @Test
  void saysWhatIsMalformed() {
    assertRefused("", "empty", false);
    assertRefused("{\"title\": \"Broken", "not valid JSON", false);
    assertRefused("{\"title\": \"x\"} trailing", "not valid JSON", false);
    assertRefused("{\"title\": \"x\"}{\"title\": \"y\"}", "not valid JSON", false);
    assertRefused("{", "not valid JSON", false);
    assertRefused("[1,2", "not valid JSON", false);
  }

  private void assertRefused(String json, String why, boolean tooLarge) {
    assertThatThrownBy(() -> limits.value(json))
        .as(json)
        .isInstanceOfSatisfying(
            BoundedJson.Refused.class,
            refused -> assertThat(refused.tooLarge()).as("too large").isEqualTo(tooLarge))
        .hasMessageContaining(why);
  }
}
