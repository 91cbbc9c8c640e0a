package org.briefing.classification.control;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The states and organisations that act or are acted upon in an article (rule 2): the parties of
 * its events, and every other one it names as a party ({@link MentionRoles#party}), not only as a
 * company's nationality, a place or the dependence being reduced, when the story dwells on it: in
 * the title, or by name more than once. A state named once in passing is mostly a statistic, a
 * market or an example (docs/classifier.md).
 */
final class ActorSelector {

  /** How often a state must be named, outside the title, to be one of the story's actors. */
  private static final int NAMED_AT_LEAST = 2;

  private ActorSelector() {}

  static List<String> actors(Article article, List<String> eventParties) {
    Set<String> out = new LinkedHashSet<>(eventParties);
    Map<String, Integer> named = new HashMap<>();
    for (Mention m : article.mentions) {
      String actor = Article.actorOf(m);
      if (actor != null && !"adjective".equals(m.term().detail())) {
        named.merge(actor, 1, Integer::sum);
      }
    }
    for (Mention m : article.mentions) {
      if (m.sentence() >= 0 && MentionRoles.party(article, m)) {
        String actor = Article.actorOf(m);
        if (m.sentence() == 0 || named.getOrDefault(actor, 0) >= NAMED_AT_LEAST) {
          out.add(actor);
        }
      }
    }
    return List.copyOf(out);
  }
}
