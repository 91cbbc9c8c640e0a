package org.briefing.classification.control;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The states and organisations that act or are acted upon in an article (rule 2): the parties of
 * its events, and every other one it names as a party ({@link MentionRoles#party}), not only as a
 * company's nationality, a place or the dependence being reduced.
 */
final class ActorSelector {

  private ActorSelector() {}

  static List<String> actors(Article article, List<String> eventParties) {
    Set<String> out = new LinkedHashSet<>(eventParties);
    for (Mention m : article.mentions) {
      if (m.sentence() >= 0 && MentionRoles.party(article, m)) {
        out.add(Article.actorOf(m));
      }
    }
    return List.copyOf(out);
  }
}
