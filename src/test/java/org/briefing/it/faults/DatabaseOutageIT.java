package org.briefing.it.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.briefing.it.support.Api;
import org.briefing.it.support.BrokerAdmin;
import org.briefing.it.support.Deployments;
import org.briefing.it.support.PostgresCluster;
import org.briefing.it.support.ServerLog;
import org.briefing.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The database goes away while accepted articles wait on the queue: the classification bean fails,
 * the broker redelivers with back-off, and when the database is back every article is classified,
 * once. Only in the PostgreSQL suite: the H2 database lives inside Liberty and cannot be stopped on
 * its own.
 */
@ExtendWith(ArquillianExtension.class)
class DatabaseOutageIT {

  private static final String ARTICLES = "briefing.articles";
  private static final String DEAD_LETTERS = "DLQ.briefing.articles";

  /** Liberty's message when a message-driven bean throws. */
  private static final String BEAN_FAILED = "CNTR0020E";

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  @Test
  void messagesAreRetriedWhileTheDatabaseIsDownAndNoneIsLost() throws Exception {
    PostgresCluster database = TestEnvironment.postgres();
    assumeTrue(database != null, "H2 is embedded in Liberty: no database to stop on its own");
    BrokerAdmin broker = BrokerAdmin.local();
    long deadBefore = broker.messageCount(DEAD_LETTERS);
    int size = ArticleStream.size();
    ArticleStream stream = new ArticleStream(Api.local(), size);
    long[] viaDeadLetters = {0};
    ArticleStream.Figures figures = null;
    broker.pause(ARTICLES);
    try {
      stream.start(4, Duration.ofMinutes(5)).awaitPosted(Duration.ofMinutes(5));
      long failuresBefore = ServerLog.count(BEAN_FAILED);
      database.stop();
      broker.resume(ARTICLES);
      await("classification fails and is retried while the database is down")
          .atMost(Duration.ofSeconds(60))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> ServerLog.count(BEAN_FAILED) - failuresBefore >= 8);
      database.startAgain();
      // Past the attempt limit a message waits in the dead-letter queue: the operator retries it.
      await("every accepted article classified")
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofSeconds(1))
          .until(
              () -> {
                if (broker.messageCount(DEAD_LETTERS) > deadBefore) {
                  viaDeadLetters[0] += broker.retryMessages(DEAD_LETTERS);
                }
                ArticleStream.Figures f = stream.figures();
                return f.classified() == f.acceptedIds();
              });
      figures = stream.figures();
    } finally {
      broker.resume(ARTICLES);
      System.out.println(
          (figures == null ? stream.figures() : figures).line("database down, then back")
              + " dead-lettered and retried by the operator="
              + viaDeadLetters[0]);
    }
    assertThat(figures.acceptedArticles()).isEqualTo(size);
    assertThat(figures.lost()).isZero();
    assertThat(figures.duplicates()).isZero();
  }
}
