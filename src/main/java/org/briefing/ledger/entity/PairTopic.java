package org.briefing.ledger.entity;

import java.io.Serializable;
import java.util.Objects;

/** The key of a ledger state: an unordered pair of actors and a topic. */
public class PairTopic implements Serializable {

  private String pairKey;
  private String topic;

  public PairTopic() {}

  public PairTopic(String pairKey, String topic) {
    this.pairKey = pairKey;
    this.topic = topic;
  }

  /** The same key for A–B and B–A. */
  public static String pairKey(String actor, String target) {
    return actor.compareTo(target) <= 0 ? actor + "|" + target : target + "|" + actor;
  }

  public String pairKey() {
    return pairKey;
  }

  public String topic() {
    return topic;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PairTopic k && k.pairKey.equals(pairKey) && k.topic.equals(topic);
  }

  @Override
  public int hashCode() {
    return Objects.hash(pairKey, topic);
  }
}
