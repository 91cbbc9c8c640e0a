package org.briefing.digest.control;

import java.time.Instant;
import java.util.List;

/** An article as a digest shows it: what happened, to whom, where to read it. */
public record DigestArticle(
    String id,
    String title,
    String url,
    String source,
    Instant publishedAt,
    Instant classifiedAt,
    double score,
    List<String> topics,
    List<String> actors,
    List<String> events) {

  /** Whether the article matches a subscription: any listed topic, and any listed actor. */
  public boolean matches(List<String> wantedTopics, List<String> wantedActors) {
    return matches(topics, actors, wantedTopics, wantedActors);
  }

  /** The same rule for any article's topics and actors (a stored one, before it is read whole). */
  public static boolean matches(
      List<String> topics,
      List<String> actors,
      List<String> wantedTopics,
      List<String> wantedActors) {
    boolean topicOk = wantedTopics.isEmpty() || wantedTopics.stream().anyMatch(topics::contains);
    boolean actorOk = wantedActors.isEmpty() || wantedActors.stream().anyMatch(actors::contains);
    return topicOk && actorOk;
  }
}
