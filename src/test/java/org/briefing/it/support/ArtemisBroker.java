package org.briefing.it.support;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;

/**
 * A real Artemis broker from the distribution, in its own process, configured by the project's
 * {@code server-config/artemis}. Tests can stop it, kill it and start it again.
 */
public final class ArtemisBroker {

  private final Path home;
  private final Path instance;
  private final Path serverConfig;
  private final int port;
  private final Map<String, String> environment;
  private String javaArgs = "";
  private int consolePort;
  private Process process;

  public ArtemisBroker(
      Path home, Path instance, Path serverConfig, int port, Map<String, String> environment) {
    this.home = home;
    this.instance = instance;
    this.serverConfig = serverConfig;
    this.port = port;
    this.environment = environment;
  }

  /** System properties for the broker's JVM, e.g. the settings broker.xml reads as ${name}. */
  public ArtemisBroker withJavaArgs(String javaArgs) {
    this.javaArgs = javaArgs;
    return this;
  }

  /**
   * With the web console (HawtIO and Jolokia) on 127.0.0.1 at this port, as in production; without
   * it the instance is made with {@code BROKER_WEB=false}.
   */
  public ArtemisBroker withConsole(int consolePort) {
    this.consolePort = consolePort;
    return this;
  }

  /** Creates the instance from scratch (fresh queues and journal). */
  public void create() throws IOException, InterruptedException {
    deleteRecursively(instance);
    ProcessBuilder create =
        new ProcessBuilder(
                serverConfig.resolve("artemis/create-instance.sh").toString(),
                home.toString(),
                instance.toString())
            .redirectErrorStream(true)
            .redirectOutput(instance.resolveSibling("broker-create.log").toFile());
    create.environment().putAll(environment);
    if (consolePort > 0) {
      create.environment().put("BROKER_HTTP_HOST", "127.0.0.1");
      create.environment().put("BROKER_HTTP_PORT", String.valueOf(consolePort));
    } else {
      create.environment().put("BROKER_WEB", "false");
    }
    Files.createDirectories(instance.getParent());
    int exit = create.start().waitFor();
    if (exit != 0) {
      throw new IllegalStateException("Creating the broker instance failed: exit " + exit);
    }
  }

  /** Starts the existing instance: its journal, with whatever it held, is kept. */
  public void start() throws IOException {
    ProcessBuilder run =
        new ProcessBuilder(instance.resolve("bin/artemis").toString(), "run")
            .redirectErrorStream(true)
            .redirectOutput(
                ProcessBuilder.Redirect.appendTo(instance.resolveSibling("broker.log").toFile()));
    run.environment().put("JAVA_ARGS_APPEND", "-Dbriefing.broker.port=" + port + " " + javaArgs);
    process = run.start();
    Awaitility.await("broker listening on " + port)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> listening(port));
  }

  /** A clean stop: the broker finishes what it is doing and closes its journal. */
  public void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy(); // SIGTERM: Artemis shuts down gracefully
      process.toHandle().descendants().forEach(ProcessHandle::destroy);
      if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  /** SIGKILL, as a crash would. */
  public void kill() throws InterruptedException {
    if (process != null) {
      process.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
    }
  }

  public boolean running() {
    return process != null && process.isAlive();
  }

  public int port() {
    return port;
  }

  public String url() {
    return "tcp://127.0.0.1:" + port;
  }

  /**
   * The web console's address ({@code http://127.0.0.1:<port>/console}). The console starts a few
   * seconds after the acceptor: see {@link #awaitConsole()}.
   */
  public String consoleUrl() {
    if (consolePort <= 0) {
      throw new IllegalStateException("This broker was created without its web console");
    }
    return "http://127.0.0.1:" + consolePort + "/console";
  }

  /** Waits until the web console answers with its login page. */
  public void awaitConsole() {
    URI login = URI.create(consoleUrl() + "/login");
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    Awaitility.await("the broker's web console at " + login)
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(
            () ->
                client
                        .send(
                            HttpRequest.newBuilder(login).timeout(Duration.ofSeconds(5)).build(),
                            HttpResponse.BodyHandlers.discarding())
                        .statusCode()
                    == 200);
  }

  static boolean listening(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (var walk = Files.walk(path)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
