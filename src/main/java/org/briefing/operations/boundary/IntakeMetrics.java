package org.briefing.operations.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.util.logging.Logger;
import org.briefing.intake.control.Receipt;
import org.briefing.operations.control.PipelineMetrics;

/**
 * Counts what becomes of each post of an article, from its answer: 202 received, 200 duplicate, 4xx
 * rejected (whatever refused it: validation, size, missing API key). Logs the article's id.
 */
@Provider
@PreMatching
public class IntakeMetrics implements ContainerRequestFilter, ContainerResponseFilter {

  private static final Logger LOG = Logger.getLogger(IntakeMetrics.class.getName());
  private static final String STARTED = IntakeMetrics.class.getName() + ".started";

  @Inject PipelineMetrics metrics;

  @Override
  public void filter(ContainerRequestContext request) {
    if (isArticlePost(request)) {
      request.setProperty(STARTED, System.nanoTime());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!isArticlePost(request)) {
      return;
    }
    int status = response.getStatus();
    String id = response.getEntity() instanceof Receipt receipt ? receipt.id() : null;
    if (status == 202) {
      Object started = request.getProperty(STARTED);
      long nanos = started instanceof Long s ? System.nanoTime() - s : 0;
      metrics.articleReceived(Duration.ofNanos(nanos));
      LOG.info(() -> "article=" + id + " received and queued for classification");
    } else if (status == 200) {
      metrics.articleDuplicate();
      LOG.fine(() -> "article=" + id + " posted again; not queued twice");
    } else if (status >= 400 && status < 500 || status == 503) {
      metrics.articleRejected(status);
    }
  }

  static boolean isArticlePost(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    return "POST".equals(request.getMethod())
        && ("articles".equals(path) || "/articles".equals(path) || "articles/".equals(path));
  }
}
