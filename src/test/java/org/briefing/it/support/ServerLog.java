package org.briefing.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The test server's messages.log, for what the service only tells its operators. */
public final class ServerLog {

  private ServerLog() {}

  public static Path messages() {
    return Path.of(
        System.getProperty("briefing.liberty.dir"),
        "usr/servers",
        System.getProperty("it.server.name", "briefingIT"),
        "logs/messages.log");
  }

  /** How many error reports (FFDC incidents) the test server has written so far. */
  public static long errorReports() {
    Path ffdc = messages().resolveSibling("ffdc");
    if (!Files.isDirectory(ffdc)) {
      return 0;
    }
    try (var files = Files.list(ffdc)) {
      return files.filter(f -> f.getFileName().toString().startsWith("ffdc_")).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines of the log that contain a text, in order. */
  public static List<String> lines(String text) {
    Path log = messages();
    if (!Files.exists(log)) {
      return List.of();
    }
    try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
      return lines.filter(line -> line.contains(text)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException e) {
      return List.of(); // a line being written is not yet UTF-8 complete
    }
  }

  /** How many lines of the log contain a text. */
  public static long count(String text) {
    return count(messages(), text);
  }

  /** How many lines of a server's log contain a text; 0 while there is no log. */
  public static long count(Path log, String text) {
    if (!Files.exists(log)) {
      return 0;
    }
    try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
      return lines.filter(line -> line.contains(text)).count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException e) {
      return 0; // a line being written is not yet UTF-8 complete
    }
  }
}
