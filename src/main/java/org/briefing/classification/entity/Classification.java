package org.briefing.classification.entity;

import java.util.List;

/**
 * What the classifier read in one article.
 *
 * @param relevant whether the article reports minerals diplomacy as news
 * @param score relevance in [0, 1]
 * @param topics minerals and policy areas
 * @param actors states and organisations that act or are acted upon
 * @param people named people, by their usual English full name
 * @param events the diplomatic acts, each with its evidence sentence
 * @param reasons short human-readable reasons behind the relevance decision
 */
public record Classification(
    boolean relevant,
    double score,
    List<String> topics,
    List<String> actors,
    List<String> people,
    List<Event> events,
    List<String> reasons) {

  public Classification {
    topics = List.copyOf(topics);
    actors = List.copyOf(actors);
    people = List.copyOf(people);
    events = List.copyOf(events);
    reasons = List.copyOf(reasons);
  }
}
