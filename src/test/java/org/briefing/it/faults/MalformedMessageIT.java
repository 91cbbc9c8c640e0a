package org.briefing.it.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.briefing.it.support.Api;
import org.briefing.it.support.ArtemisCli;
import org.briefing.it.support.BrokerAdmin;
import org.briefing.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Messages put on the articles queue by hand, bypassing the service, that the classification bean
 * cannot use: each is tried up to the attempt limit, then waits in DLQ.briefing.articles for an
 * operator, while the good articles behind it are classified.
 */
@ExtendWith(ArquillianExtension.class)
class MalformedMessageIT {

  private static final String ARTICLES = "briefing.articles";
  private static final String DEAD_LETTERS = "DLQ.briefing.articles";

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  private final Api api = Api.local();
  private final BrokerAdmin broker = BrokerAdmin.local();

  @Test
  void malformedMessagesAreDeadLetteredWhileGoodArticlesFlowOn() throws InterruptedException {
    long deadBefore = broker.messageCount(DEAD_LETTERS);
    List<String> poison =
        List.of(
            "not json",
            "{\"articleId\": 42}",
            "{\"articleId\": \"00000000-0000-0000-0000-000000000000\"}");
    for (String message : poison) {
      ArtemisCli.produce(ARTICLES, message);
    }
    ArticleStream stream = new ArticleStream(api, 20).start(2, Duration.ofMinutes(2));

    ArticleStream.Figures figures;
    try {
      stream.awaitPosted(Duration.ofMinutes(2));
      figures = stream.awaitClassified(Duration.ofSeconds(90));
    } finally {
      System.out.println(stream.figures().line("malformed messages"));
    }
    assertThat(figures.acceptedIds()).isEqualTo(20);
    assertThat(figures.lost()).isZero();
    assertThat(figures.duplicates()).isZero();

    await("the malformed messages in " + DEAD_LETTERS)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> broker.messageCount(DEAD_LETTERS) - deadBefore == poison.size());
    // The dead-letter queues live on the address DLA: browse them by their full name.
    assertThat(broker.browse("DLA::" + DEAD_LETTERS, null)).containsAll(poison);
    assertThat(broker.messageCount(ARTICLES)).isZero();
  }
}
