package org.briefing.pipeline.entity;

import java.util.List;

/**
 * The broker's queues as an operator sees them: each pipeline stage, its dead-letter queue and the
 * shared expiry queue (declared in {@code server-config/artemis/broker.xml}).
 *
 * @param name the queue's physical name
 * @param stage the pipeline stage it feeds, e.g. {@code classification}
 * @param deadLetters whether it holds messages that failed every delivery attempt
 */
public record PipelineQueue(String name, String stage, boolean deadLetters) {

  public static final List<PipelineQueue> ALL =
      List.of(
          new PipelineQueue("briefing.articles", "classification", false),
          new PipelineQueue("briefing.ledger", "ledger", false),
          new PipelineQueue("briefing.alerts", "alerts", false),
          new PipelineQueue("briefing.mail", "mail", false),
          new PipelineQueue("DLQ.briefing.articles", "classification", true),
          new PipelineQueue("DLQ.briefing.ledger", "ledger", true),
          new PipelineQueue("DLQ.briefing.alerts", "alerts", true),
          new PipelineQueue("DLQ.briefing.mail", "mail", true),
          new PipelineQueue("ExpiryQueue", "expired", true));

  public static List<String> names() {
    return ALL.stream().map(PipelineQueue::name).toList();
  }
}
