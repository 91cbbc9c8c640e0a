package org.briefing.digest.control;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * What one reader's briefing carries, whether it goes by email or into their feed: the changes and
 * stories that match their topics and actors, changes newest first, stories by score and then the
 * newest. Plain Java.
 *
 * @param changes newest first
 * @param stories the best first, each a lead article and the other outlets that told the same
 */
public record BriefingContents(List<ChangeLine> changes, List<StoryGrouper.Story> stories) {

  /**
   * The items that match a reader's topics and actors (empty: all), ordered as a briefing shows.
   */
  public static BriefingContents forReader(
      List<String> topics,
      List<String> actors,
      Collection<ChangeLine> changes,
      Collection<DigestArticle> articles) {
    return of(matchingChanges(topics, actors, changes), matchingArticles(topics, actors, articles));
  }

  public static List<ChangeLine> matchingChanges(
      List<String> topics, List<String> actors, Collection<ChangeLine> changes) {
    return changes.stream().filter(c -> c.matches(topics, actors)).toList();
  }

  public static List<DigestArticle> matchingArticles(
      List<String> topics, List<String> actors, Collection<DigestArticle> articles) {
    return articles.stream().filter(a -> a.matches(topics, actors)).toList();
  }

  /** Items already chosen, in a briefing's order: changes newest first, articles as stories. */
  public static BriefingContents of(
      Collection<ChangeLine> changes, Collection<DigestArticle> articles) {
    List<ChangeLine> orderedChanges = new ArrayList<>(changes);
    orderedChanges.sort(Comparator.comparing(ChangeLine::happenedAt).reversed());
    List<DigestArticle> ordered = new ArrayList<>(articles);
    ordered.sort(
        Comparator.comparingDouble(DigestArticle::score)
            .reversed()
            .thenComparing(
                a -> a.publishedAt() == null ? Instant.EPOCH : a.publishedAt(),
                Comparator.reverseOrder()));
    return new BriefingContents(List.copyOf(orderedChanges), StoryGrouper.group(ordered));
  }

  public boolean isEmpty() {
    return changes.isEmpty() && stories.isEmpty();
  }
}
