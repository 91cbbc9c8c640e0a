package org.briefing.it.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.briefing.it.support.Api;
import org.briefing.it.support.BrokerAdmin;
import org.briefing.it.support.LibertyServer;
import org.briefing.it.support.ServerLog;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Liberty dies (SIGKILL) in the middle of a stream of articles and is started again: every article
 * it accepted is classified, once. Arquillian manages the other test server's life, so this test
 * runs a second server, briefingCrash, itself, on its own ports, against the same broker, SMTP
 * server and database kind. While the suite runs this class no other test application is deployed,
 * so no other server consumes from the queues. The kill can land anywhere, a commit included: no
 * transaction spans the database and the broker, so none is left in doubt.
 */
class LibertyCrashIT {

  /** Its own name (-Dit.crash.server.name), so that two suites side by side do not meet. */
  private static final String NAME = System.getProperty("it.crash.server.name", "briefingCrash");

  private static LibertyServer server;
  private static Api api;

  @BeforeAll
  static void startServer() throws Exception {
    String http = System.getProperty("it.crash.http.port", "19180");
    Map<String, String> environment = new HashMap<>();
    environment.put("HTTP_PORT", http);
    environment.put("HTTPS_PORT", System.getProperty("it.crash.https.port", "19543"));
    environment.put("APP_BASE_URL", "http://localhost:" + http);
    if (!"postgres".equals(System.getenv("DB_KIND"))) {
      // Not the H2 file of the Arquillian server, which keeps it open.
      Path h2 = Path.of(System.getProperty("briefing.it.dir"), "h2-crash", "briefing");
      environment.put("DB_URL", "jdbc:h2:" + h2 + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0");
    }
    server = new LibertyServer(NAME, environment).create();
    api = Api.at("http://localhost:" + http);
    server.start();
    awaitReady();
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.stop();
    }
  }

  /**
   * Ready by its own log first (server and application started), then by the API. Knocking on a
   * closed port in the ephemeral range for a long time can make the client's own socket take it.
   */
  private static void awaitReady() {
    await("server and application started on " + NAME)
        .atMost(Duration.ofMinutes(3))
        .pollInterval(Duration.ofMillis(500))
        .until(
            () ->
                ServerLog.count(server.log(), "CWWKF0011I") > 0
                    && ServerLog.count(server.log(), "CWWKZ0001I") > 0);
    await("the API on " + NAME)
        .atMost(Duration.ofMinutes(1))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> api.get("/api/articles?size=1").statusCode() == 200);
  }

  @Test
  void everyAcceptedArticleIsClassifiedOnceAcrossALibertyCrash() throws Exception {
    int size = ArticleStream.size();
    ArticleStream stream = new ArticleStream(api, size).start(4, Duration.ofMinutes(15));
    ArticleStream.Figures figures = null;
    try {
      await("a third of the stream accepted")
          .atMost(Duration.ofMinutes(5))
          .pollInterval(Duration.ofMillis(50))
          .until(() -> stream.accepted.get() >= size / 3);
      server.kill();
      int failedBefore = stream.failedAttempts.get();
      await("clients meet the dead server")
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> stream.failedAttempts.get() > failedBefore);
      server.start();
      awaitReady();
      stream.awaitPosted(Duration.ofMinutes(15));
      figures = stream.awaitClassified(Duration.ofMinutes(5));
    } finally {
      System.out.println(
          (figures == null ? safeFigures(stream) : figures).line("Liberty SIGKILL + restart"));
    }
    assertThat(figures.acceptedArticles()).isEqualTo(size);
    assertThat(figures.lost()).isZero();
    assertThat(figures.duplicates()).isZero();
    assertThat(figures.classified()).isEqualTo(figures.acceptedIds());
    // Nothing left in doubt: the broker holds no prepared transaction (and PostgreSQL, started
    // with max_prepared_transactions=0 in its suite, could not have held one).
    assertThat(BrokerAdmin.local().preparedTransactions()).isEmpty();
  }

  private static ArticleStream.Figures safeFigures(ArticleStream stream) {
    try {
      return stream.figures();
    } catch (RuntimeException e) {
      return new ArticleStream.Figures(0, 0, 0, 0, 0, 0, 0, 0, 0);
    }
  }
}
