package org.briefing.it.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.briefing.it.support.Api;
import org.briefing.it.support.ArtemisBroker;
import org.briefing.it.support.Deployments;
import org.briefing.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The broker dies (SIGKILL) in the middle of a stream of articles and comes back with its journal:
 * every article the service accepted is classified, once. While it is down, posts fail and the
 * clients post the same articles again.
 */
@ExtendWith(ArquillianExtension.class)
class BrokerCrashIT {

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  @Test
  void everyAcceptedArticleIsClassifiedOnceAcrossABrokerCrash() throws Exception {
    ArtemisBroker broker = TestEnvironment.broker();
    int size = ArticleStream.size();
    ArticleStream stream = new ArticleStream(Api.local(), size).start(4, Duration.ofMinutes(15));
    ArticleStream.Figures figures = null;
    try {
      await("a third of the stream accepted")
          .atMost(Duration.ofMinutes(5))
          .pollInterval(Duration.ofMillis(50))
          .until(() -> stream.accepted.get() >= size / 3);
      broker.kill();
      int failedBefore = stream.failedAttempts.get();
      // A post that meets the dead broker hangs until the transaction times out (60 s).
      await("clients meet the dead broker")
          .atMost(Duration.ofMinutes(3))
          .pollInterval(Duration.ofMillis(100))
          .until(() -> stream.failedAttempts.get() > failedBefore);
      broker.start();
      stream.awaitPosted(Duration.ofMinutes(15));
      figures = stream.awaitClassified(Duration.ofMinutes(5));
    } finally {
      if (!broker.running()) {
        broker.start();
      }
      System.out.println(
          (figures == null ? stream.figures() : figures).line("broker SIGKILL + restart"));
    }
    assertThat(figures.acceptedArticles()).isEqualTo(size);
    assertThat(figures.lost()).isZero();
    assertThat(figures.duplicates()).isZero();
    assertThat(figures.classified()).isEqualTo(figures.acceptedIds());
  }
}
