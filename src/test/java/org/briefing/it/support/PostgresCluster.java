package org.briefing.it.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.awaitility.Awaitility;

/**
 * A private PostgreSQL cluster for the integration tests, made with the machine's own PostgreSQL
 * binaries under {@code target/}, on a loopback port. PostgreSQL refuses to run as root, so as root
 * it runs as the package's {@code postgres} user. Prepared transactions are enabled, for XA.
 */
public final class PostgresCluster {

  /**
   * Tests run without fsync, for speed; the throughput benchmark asks for a durable database
   * ({@code -Dbriefing.postgres.durable=true}), as production runs, with production's buffers.
   */
  private static final boolean DURABLE = Boolean.getBoolean("briefing.postgres.durable");

  private final Path dataDir;
  private final int port;
  private final Path bin;

  public PostgresCluster(Path dataDir, int port) {
    this.dataDir = dataDir;
    this.port = port;
    this.bin = findBinaries();
  }

  public void start(String database, String user, String password)
      throws IOException, InterruptedException {
    ArtemisBroker.deleteRecursively(dataDir);
    Files.createDirectories(dataDir);
    if (asRoot()) {
      run(List.of("chown", "-R", "postgres:postgres", dataDir.getParent().toString()));
    }
    runAsOwner(bin.resolve("initdb") + " -D " + dataDir + " -U postgres --auth=trust -E UTF8");
    startAgain();
    psql("CREATE USER " + user + " PASSWORD '" + password + "'");
    psql("CREATE DATABASE " + database + " OWNER " + user);
  }

  /** Starts the existing cluster again, with its data (after {@link #stop()}). */
  public void startAgain() throws IOException, InterruptedException {
    // max_prepared_transactions=0: the service never uses two-phase commit, and PostgreSQL
    // refuses PREPARE TRANSACTION, so a test run proves it.
    runAsOwner(
        bin.resolve("pg_ctl")
            + " -D "
            + dataDir
            + " -l "
            + dataDir.resolveSibling("postgres.log")
            + " -w start -o \"-p "
            + port
            + " -k /tmp -c listen_addresses=127.0.0.1 -c max_prepared_transactions=0"
            + " -c fsync="
            + (DURABLE ? "on" : "off")
            // The benchmark's database as a production server would be set up, not with the
            // defaults for a small machine: with 128 MB of buffers and 1 GB of WAL between
            // checkpoints it checkpointed every 30-50 s under batched load.
            + (DURABLE ? " -c shared_buffers=512MB -c max_wal_size=4GB" : "")
            + " -c max_connections=100\"");
    Awaitility.await("PostgreSQL on " + port)
        .atMost(Duration.ofSeconds(30))
        .until(() -> ArtemisBroker.listening(port));
  }

  public void stop() throws IOException, InterruptedException {
    runAsOwner(bin.resolve("pg_ctl") + " -D " + dataDir + " -m fast -w stop");
  }

  /** The rows a query gives in {@code database}, one a line, columns separated by '|'. */
  public String query(String database, String sql) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(
                bin.resolve("psql").toString(),
                "-h",
                "127.0.0.1",
                "-p",
                "" + port,
                "-U",
                "postgres",
                "-d",
                database,
                "-At",
                "-v",
                "ON_ERROR_STOP=1",
                "-c",
                sql)
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException("Failed: " + sql + "\n" + output);
    }
    return output.strip();
  }

  private void psql(String sql) throws IOException, InterruptedException {
    query("postgres", sql);
  }

  private void runAsOwner(String command) throws IOException, InterruptedException {
    run(
        asRoot()
            ? List.of("su", "postgres", "-s", "/bin/sh", "-c", command)
            : List.of("/bin/sh", "-c", command));
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException("Failed: " + String.join(" ", command) + "\n" + output);
    }
  }

  private static boolean asRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static Path findBinaries() {
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")))
          .max(Path::compareTo)
          .orElseThrow();
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "PostgreSQL's server binaries are not installed (Debian: apt-get install postgresql)", e);
    }
  }
}
