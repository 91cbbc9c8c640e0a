package org.briefing.it.support;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The broker distribution's own command line, as an operator would use it against the broker. */
public final class ArtemisCli {

  private ArtemisCli() {}

  /** {@code artemis producer}: puts one text message on a queue, bypassing the service. */
  public static void produce(String queue, String text) {
    run(
        List.of(
            "producer",
            "--url",
            TestEnvironment.broker().url(),
            "--user",
            "operator",
            "--password",
            "operator-local",
            "--destination",
            "queue://" + queue,
            "--message-count",
            "1",
            "--message",
            text));
  }

  private static void run(List<String> arguments) {
    run(arguments, 60);
  }

  /** Any {@code artemis} command of the broker distribution; fails unless it ends well in time. */
  public static void run(List<String> arguments, int timeoutSeconds) {
    Path artemis = Path.of(System.getProperty("briefing.artemis.home"), "bin", "artemis");
    List<String> command = new java.util.ArrayList<>();
    command.add(artemis.toString());
    command.addAll(arguments);
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException("artemis " + arguments.get(0) + " failed:\n" + output);
      }
    } catch (IOException e) {
      throw new IllegalStateException("Could not run " + artemis, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
