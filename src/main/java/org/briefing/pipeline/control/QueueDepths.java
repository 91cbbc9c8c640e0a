package org.briefing.pipeline.control;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.briefing.pipeline.entity.PipelineQueue;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The backlog of every pipeline queue, asked of the broker every few seconds on a container thread
 * and kept here for the gauges: a scrape of {@code /metrics} never waits for the broker. While the
 * broker does not answer, every depth is -1.
 */
@ApplicationScoped
public class QueueDepths {

  private static final Logger LOG = Logger.getLogger(QueueDepths.class.getName());

  @Inject BrokerProbe broker;
  @Inject PipelineMetrics metrics;

  @Inject
  @ConfigProperty(name = "briefing.metrics.queue-refresh-seconds", defaultValue = "5")
  int refreshSeconds;

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  private final Map<String, Long> depths = new ConcurrentHashMap<>();
  private volatile boolean failing;
  private ScheduledFuture<?> refreshing;

  void start(@Observes @Initialized(ApplicationScoped.class) Object applicationStarted) {
    for (PipelineQueue queue : PipelineQueue.ALL) {
      depths.put(queue.name(), -1L);
      metrics.queueDepth(queue.name(), queue.stage(), queue.deadLetters(), this);
    }
    refreshing =
        scheduler.scheduleWithFixedDelay(this::refresh, 1, refreshSeconds, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (refreshing != null) {
      refreshing.cancel(false);
    }
  }

  public long depth(String queue) {
    return depths.getOrDefault(queue, -1L);
  }

  void refresh() {
    try {
      depths.putAll(broker.messageCounts(PipelineQueue.names(), Duration.ofSeconds(2)));
      if (failing) {
        LOG.info("Queue depths are known again");
        failing = false;
      }
    } catch (Exception e) {
      depths.replaceAll((queue, depth) -> -1L);
      if (!failing) {
        LOG.log(Level.WARNING, "Cannot read queue depths from the broker: " + e);
        failing = true;
      }
    }
  }
}
