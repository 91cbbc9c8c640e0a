package org.briefing.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code server-config/artemis/create-instance.sh} refuses to make a production broker with the
 * local default passwords, or a console whose origin is a pattern, before it touches anything.
 */
class BrokerInstanceScriptTest {

  private static final Path SCRIPT = Path.of("server-config/artemis/create-instance.sh");

  @TempDir Path dir;

  @Test
  void productionRefusesTheLocalDefaultPasswords() throws Exception {
    Result result = run(Map.of("BRIEFING_ENV", "production"));
    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.output()).contains("Refusing to create a production broker");
    assertThat(dir.resolve("instance")).doesNotExist();
  }

  @Test
  void productionRefusesEvenOneDefaultPassword() throws Exception {
    Result result =
        run(
            Map.of(
                "BRIEFING_ENV", "production",
                "BROKER_OPERATOR_PASSWORD", "s3cret-operator",
                "BROKER_PASSWORD", "s3cret-service"));
    assertThat(result.exit()).isEqualTo(1);
    assertThat(result.output()).contains("Refusing");
  }

  @Test
  void productionWithItsOwnPasswordsGoesOnToCreate() throws Exception {
    Result result =
        run(
            Map.of(
                "BRIEFING_ENV", "production",
                "BROKER_OPERATOR_PASSWORD", "s3cret-operator",
                "BROKER_VIEWER_PASSWORD", "s3cret-viewer",
                "BROKER_PASSWORD", "s3cret-service"));
    // It gets past the check and fails only because this test gives it no Artemis distribution.
    assertThat(result.output()).doesNotContain("Refusing");
    assertThat(result.exit()).isNotEqualTo(0).isNotEqualTo(1);
  }

  @Test
  void aConsoleOriginMustBeExactlySchemeHostAndPort() throws Exception {
    for (String origin :
        new String[] {
          "*://broker.example.org*", "https://broker.example.org/", "https://*.example.org", "*"
        }) {
      Result result = run(Map.of("BROKER_CONSOLE_ORIGIN", origin));
      assertThat(result.exit()).as(origin).isEqualTo(1);
      assertThat(result.output()).as(origin).contains("exactly scheme://host[:port]");
      assertThat(dir.resolve("instance")).doesNotExist();
    }
    Result exact = run(Map.of("BROKER_CONSOLE_ORIGIN", "https://broker.example.org:8443"));
    assertThat(exact.output()).doesNotContain("exactly");
    assertThat(exact.exit()).isNotEqualTo(0).isNotEqualTo(1);
  }

  private record Result(int exit, String output) {}

  private Result run(Map<String, String> environment) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(
                "bash",
                SCRIPT.toString(),
                dir.resolve("no-artemis-home").toString(),
                dir.resolve("instance").toString())
            .redirectErrorStream(true);
    builder
        .environment()
        .keySet()
        .removeIf(k -> k.startsWith("BROKER_") || k.startsWith("BRIEFING_"));
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    return new Result(process.waitFor(), output);
  }
}
