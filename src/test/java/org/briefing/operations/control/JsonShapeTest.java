package org.briefing.operations.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import org.briefing.operations.control.JsonShape.Verdict;
import org.junit.jupiter.api.Test;

class JsonShapeTest {

  private final JsonShape shape = new JsonShape(4, 3);

  private Verdict check(String json) {
    return shape.check(json.getBytes(UTF_8));
  }

  @Test
  void ordinaryDocumentsPass() {
    assertThat(check("{\"title\":\"t\",\"topics\":[\"a\",\"b\",\"c\"]}")).isEqualTo(Verdict.OK);
    assertThat(check("[[[{}]]]")).isEqualTo(Verdict.OK);
    assertThat(check("[{\"a\":1,\"b\":2,\"c\":3,\"d\":4}]")).isEqualTo(Verdict.OK);
  }

  @Test
  void tooDeep() {
    assertThat(check("[[[[[]]]]]")).isEqualTo(Verdict.TOO_DEEP);
    assertThat(check("{\"a\":{\"b\":{\"c\":{\"d\":{}}}}}")).isEqualTo(Verdict.TOO_DEEP);
  }

  @Test
  void arrayTooLong() {
    assertThat(check("[1,2,3,4]")).isEqualTo(Verdict.ARRAY_TOO_LONG);
    assertThat(check("{\"x\":[{},{},[],\"s\"]}")).isEqualTo(Verdict.ARRAY_TOO_LONG);
  }

  @Test
  void malformedJsonIsLeftToTheBinding() {
    assertThat(check("{\"title\": \"Broken")).isEqualTo(Verdict.OK);
  }
}
