package org.briefing.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.platform.control.BoundedJson;
import org.junit.jupiter.api.Test;

/** What the README and the Dockerfile tell an operator agrees with what the code does. */
class DocumentedSettingsTest {

  @Test
  void theReadmeStatesTheJsonDepthTheCodeEnforces() throws Exception {
    String readme = Files.readString(Path.of("README.md"));
    assertThat(readme)
        .contains("at most " + BoundedJson.MAX_DEPTH + " levels deep")
        .contains("deeper than " + BoundedJson.MAX_DEPTH + " levels")
        .doesNotContain("at most 32 levels");
  }

  @Test
  void theImageNamesTheApiKeysVariableAndRunsInProductionMode() throws Exception {
    String dockerfile = Files.readString(Path.of("Dockerfile"));
    assertThat(dockerfile)
        .contains("BRIEFING_API_KEYS")
        .doesNotContainPattern("[^_]API_KEYS")
        .contains("BRIEFING_ENV=production");
  }
}
