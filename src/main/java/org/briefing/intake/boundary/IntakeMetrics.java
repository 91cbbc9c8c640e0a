package org.briefing.intake.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.briefing.intake.control.Receipt;
import org.briefing.pipeline.control.PipelineMetrics;

/**
 * Counts what becomes of each post of an article, from its answer: 202 received, 200 duplicate, 4xx
 * rejected (whatever refused it after it reached a method marked {@link ArticlePost}: validation,
 * size, missing API key). A request that reaches no such method is not a post of an article.
 */
@Provider
@ArticlePost
public class IntakeMetrics implements ContainerRequestFilter, ContainerResponseFilter {

  private static final Logger LOG = Logger.getLogger(IntakeMetrics.class.getName());
  private static final String STARTED = IntakeMetrics.class.getName() + ".started";

  @Inject PipelineMetrics metrics;

  @Override
  public void filter(ContainerRequestContext request) {
    request.setProperty(STARTED, System.nanoTime());
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    int status = response.getStatus();
    Object started = request.getProperty(STARTED);
    Duration handling = Duration.ofNanos(started instanceof Long s ? System.nanoTime() - s : 0);
    if (response.getEntity() instanceof BatchReceipt batch) {
      count(batch.articles(), handling);
    } else if (response.getEntity() instanceof Receipt receipt && status < 300) {
      count(List.of(receipt), handling);
    } else if (status >= 400 && status < 500 || status == 503) {
      metrics.articleRejected(status);
    }
  }

  /** Counts each article of a post (the intake writer logs the new ones, a line a batch). */
  private void count(List<Receipt> receipts, Duration handling) {
    for (Receipt receipt : receipts) {
      if (receipt.duplicate()) {
        metrics.articleDuplicate();
        LOG.fine(() -> "article=" + receipt.id() + " posted again; not queued twice");
      } else {
        metrics.articleReceived(handling);
      }
    }
  }
}
