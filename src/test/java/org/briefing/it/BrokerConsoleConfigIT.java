package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The broker instance the tests run, as create-instance.sh made it: console roles, read-only
 * viewer, Jolokia only for the console's origin.
 */
class BrokerConsoleConfigIT {

  private final Path etc = Path.of(System.getProperty("briefing.it.dir"), "broker", "etc");

  @Test
  void operatorAndViewerMayLogIntoTheConsole() throws Exception {
    assertThat(Files.readString(etc.resolve("artemis.profile")))
        .contains("HAWTIO_ROLES='operator,viewer'");
  }

  @Test
  void viewerMayOnlyLook() throws Exception {
    String management = Files.readString(etc.resolve("management.xml"));
    assertThat(management)
        .contains("<access method=\"browse*\" roles=\"operator,viewer\"/>")
        .contains("<access method=\"set*\" roles=\"operator\"/>")
        .contains("<access method=\"*\" roles=\"operator\"/>")
        .doesNotContain("method=\"*\" roles=\"operator,viewer\"");
  }

  @Test
  void jolokiaAnswersOnlyTheConsolesOrigin() throws Exception {
    String jolokia = Files.readString(etc.resolve("jolokia-access.xml"));
    assertThat(jolokia)
        .contains("<strict-checking/>")
        .doesNotContain("<allow-origin>*</allow-origin>");
    assertThat(jolokia).contains("<allow-origin>*://127.0.0.1*</allow-origin>");
  }
}
