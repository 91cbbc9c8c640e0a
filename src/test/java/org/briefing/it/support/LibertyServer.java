package org.briefing.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Liberty server that a test starts, kills and starts again itself, outside Arquillian: the
 * project's server configuration and the built WAR in its dropins, on its own ports.
 */
public final class LibertyServer {

  private static final Pattern STARTED = Pattern.compile("process ID (\\d+)");

  private final String name;
  private final Path wlp;
  private final Map<String, String> environment;
  private long pid = -1;

  public LibertyServer(String name, Map<String, String> environment) {
    this.name = name;
    this.wlp = Path.of(System.getProperty("briefing.liberty.dir"));
    this.environment = environment;
  }

  /** Lays the server out afresh: configuration from server-config/liberty, the WAR in dropins. */
  public LibertyServer create() throws IOException {
    Path dir = wlp.resolve("usr/servers").resolve(name);
    ArtemisBroker.deleteRecursively(dir);
    Path config = Path.of(System.getProperty("briefing.server.config"), "liberty");
    try (var files = Files.walk(config)) {
      for (Path source : files.toList()) {
        Path target = dir.resolve(config.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    Files.createDirectories(dir.resolve("dropins"));
    Files.copy(
        Path.of("target", Deployments.NAME),
        dir.resolve("dropins").resolve(Deployments.NAME),
        StandardCopyOption.REPLACE_EXISTING);
    return this;
  }

  /** {@code server start}: returns once the server runs (the application may still be starting). */
  public void start() throws IOException, InterruptedException {
    String output = server("start");
    Matcher matcher = STARTED.matcher(output);
    if (!matcher.find()) {
      throw new IllegalStateException("Liberty " + name + " did not start:\n" + output);
    }
    pid = Long.parseLong(matcher.group(1));
  }

  /** SIGKILL to the server's JVM, as a crash would. */
  public void kill() {
    ProcessHandle.of(pid)
        .ifPresent(
            p -> {
              p.destroyForcibly();
              p.onExit().orTimeout(30, TimeUnit.SECONDS).join();
            });
  }

  public void stop() throws IOException, InterruptedException {
    server("stop");
  }

  /** The server JVM's process id, once started. */
  public long pid() {
    return pid;
  }

  public Path log() {
    return wlp.resolve("usr/servers").resolve(name).resolve("logs/messages.log");
  }

  private String server(String action) throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(List.of(wlp.resolve("bin/server").toString(), action, name))
            .redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(180, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException("server " + action + " " + name + " did not finish");
    }
    return output;
  }
}
