package org.briefing.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.briefing.it.support.ArtemisCli;
import org.briefing.it.support.TestEnvironment;

/**
 * The broker's own ceiling on this machine: {@code artemis perf client} from the broker
 * distribution, persistent 1 KiB messages through one durable queue, 4 producers and 4 consumers
 * with up to 64 messages in flight each, against the same broker the service uses. The queue lives
 * only for the measurement.
 */
final class BrokerCeiling {

  static final String QUEUE = "briefing.bench.ceiling";

  /** Messages per second received by the consumers, outside the warm-up. */
  record Figures(double messagesPerSecond, long received, double sendP99Millis) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%.0f msg/s received (%d messages), send p99 %.1f ms",
          messagesPerSecond,
          received,
          sendP99Millis);
    }
  }

  private BrokerCeiling() {}

  static Figures measure(int seconds) throws IOException {
    String url = TestEnvironment.broker().url();
    List<String> login =
        List.of("--url", url, "--user", "operator", "--password", "operator-local");
    List<String> create =
        new ArrayList<>(
            List.of(
                "queue",
                "create",
                "--name",
                QUEUE,
                "--address",
                QUEUE,
                "--anycast",
                "--durable",
                "--preserve-on-no-consumers",
                "--auto-create-address",
                "--silent"));
    create.addAll(login);
    artemis(create, 60);
    Path report = Files.createTempFile("artemis-perf", ".json");
    try {
      List<String> perf =
          new ArrayList<>(
              List.of(
                  "perf",
                  "client",
                  "--persistent",
                  "--message-size",
                  "1024",
                  "--duration",
                  String.valueOf(seconds),
                  "--warmup",
                  String.valueOf(Math.max(1, Math.min(5, seconds / 4))),
                  "--producers",
                  "4",
                  "--consumers",
                  "4",
                  "--max-pending",
                  "64",
                  "--json",
                  report.toString(),
                  "queue://" + QUEUE));
      perf.addAll(login);
      artemis(perf, seconds + 120);
      return figures(Files.readString(report));
    } finally {
      Files.deleteIfExists(report);
      List<String> delete =
          new ArrayList<>(List.of("queue", "delete", "--name", QUEUE, "--silent"));
      delete.addAll(login);
      artemis(delete, 60);
    }
  }

  /** Rate from the interval samples after the warm-up: received / time they cover. */
  static Figures figures(String json) {
    JsonArray samples = Json.createReader(new StringReader(json)).readArray();
    long received = 0;
    long previousTime = -1;
    long firstTime = -1;
    long lastTime = -1;
    double sendP99 = 0;
    for (JsonObject sample : samples.getValuesAs(JsonObject.class)) {
      if (!"interval".equals(sample.getString("sampleType", ""))) {
        continue;
      }
      long time = sample.getJsonNumber("time").longValue();
      if (sample.getBoolean("warmup", false)) {
        previousTime = time;
        continue;
      }
      if (firstTime < 0) {
        firstTime = previousTime > 0 ? previousTime : time;
      }
      lastTime = time;
      received += sample.getJsonNumber("received").longValue();
      sendP99 =
          Math.max(sendP99, sample.getJsonObject("sendTime").getJsonNumber("99").doubleValue());
    }
    double seconds = Math.max(1, lastTime - firstTime) / 1000.0;
    return new Figures(received / seconds, received, sendP99 / 1000.0);
  }

  private static void artemis(List<String> arguments, int timeoutSeconds) {
    ArtemisCli.run(arguments, timeoutSeconds);
  }
}
