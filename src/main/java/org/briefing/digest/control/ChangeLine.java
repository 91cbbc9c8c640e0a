package org.briefing.digest.control;

import java.time.Instant;
import java.util.List;

/** A change as a briefing states it: who, to whom, about what, from → to, and where it was read. */
public record ChangeLine(
    String id,
    Instant happenedAt,
    Instant detectedAt,
    String actor,
    String target,
    String topic,
    String from,
    String to,
    String kind,
    String summary,
    String evidence,
    List<Source> sources) {

  /** An article that reported the change. */
  public record Source(String articleId, String title, String url, String source) {}

  /** Same rule as for articles: any listed topic, and any listed actor (as actor or target). */
  public boolean matches(List<String> wantedTopics, List<String> wantedActors) {
    boolean topicOk = wantedTopics.isEmpty() || wantedTopics.contains(topic);
    boolean actorOk =
        wantedActors.isEmpty() || wantedActors.contains(actor) || wantedActors.contains(target);
    return topicOk && actorOk;
  }
}
