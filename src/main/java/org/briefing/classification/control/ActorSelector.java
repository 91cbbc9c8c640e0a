package org.briefing.classification.control;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The states and organisations that act or are acted upon in an article (rule 2): the parties of
 * its events, and the ones it names as doing something, but not those named only as a company's
 * nationality, a place, a statistic or the dependence being reduced.
 */
final class ActorSelector {

  private ActorSelector() {}

  static List<String> actors(Article article, List<String> eventParties) {
    Set<String> out = new LinkedHashSet<>(eventParties);
    Map<String, Integer> weight = new LinkedHashMap<>();
    for (Mention m : article.mentions) {
      String actor = Article.actorOf(m);
      if (actor == null || out.contains(actor) || m.sentence() < 0) {
        continue;
      }
      if (MentionRoles.companyModifier(article, m)
          || MentionRoles.place(article, m)
          || MentionRoles.dependence(article, m)) {
        continue;
      }
      int w = m.sentence() == 0 || acts(article, m.sentence()) ? 2 : 1;
      weight.merge(actor, w, Integer::sum);
    }
    weight.forEach(
        (actor, w) -> {
          if (w >= 1) {
            out.add(actor);
          }
        });
    return List.copyOf(out);
  }

  /** Whether the sentence reports an act: an event word other than a home act. */
  private static boolean acts(Article article, int sentence) {
    for (Mention m : article.mentionsIn(sentence)) {
      if (m.kind() == Term.Kind.TRIGGER
          && !m.value().equals("none")
          && !m.value().equals("other")) {
        return true;
      }
    }
    return false;
  }
}
