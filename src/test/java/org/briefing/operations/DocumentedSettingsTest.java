package org.briefing.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.web.control.BoundedJson;
import org.junit.jupiter.api.Test;

/** What the docs and the Dockerfile tell an operator agrees with what the code does. */
class DocumentedSettingsTest {

  @Test
  void theDocsStateTheJsonDepthTheCodeEnforces() throws Exception {
    assertThat(Files.readString(Path.of("docs/api.md")))
        .contains("at most " + BoundedJson.MAX_DEPTH + " levels deep")
        .doesNotContain("at most 32 levels");
    assertThat(Files.readString(Path.of("docs/security.md")))
        .contains("deeper than " + BoundedJson.MAX_DEPTH + " levels");
  }

  @Test
  void theImageNamesTheApiKeysVariableAndRunsInProductionMode() throws Exception {
    String dockerfile = Files.readString(Path.of("Dockerfile"));
    assertThat(dockerfile)
        .contains("BRIEFING_API_KEYS")
        .contains("LINK_SECRET")
        .doesNotContainPattern("[^_]API_KEYS")
        .contains("BRIEFING_ENV=production");
  }
}
