package org.briefing.digest.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Groups near-duplicate coverage into stories: the same report from several outlets is one item
 * with its sources. Two articles are one story when their titles share most of their words, or when
 * they report the same acts about the same topics. Plain Java.
 */
public final class StoryGrouper {

  /** Share of title words (Jaccard) above which two titles tell the same story. */
  static final double SAME_TITLE = 0.6;

  private static final Set<String> STOP_WORDS =
      Set.of(
          "a", "an", "the", "of", "on", "in", "to", "for", "with", "and", "or", "as", "at", "by",
          "from", "its", "is", "are", "says", "say", "said", "over", "after", "amid", "new");

  private StoryGrouper() {}

  /** A story: the article shown, and the other outlets that reported the same. */
  public record Story(DigestArticle lead, List<DigestArticle> others) {}

  /** Keeps the order of {@code articles}; each story is led by its first article in that order. */
  public static List<Story> group(List<DigestArticle> articles) {
    int[] parent = new int[articles.size()];
    Arrays.setAll(parent, i -> i);
    List<Set<String>> words = articles.stream().map(a -> titleWords(a.title())).toList();
    for (int i = 0; i < articles.size(); i++) {
      for (int j = i + 1; j < articles.size(); j++) {
        if (sameStory(articles.get(i), words.get(i), articles.get(j), words.get(j))) {
          union(parent, i, j);
        }
      }
    }
    Map<Integer, List<DigestArticle>> groups = new LinkedHashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(articles.get(i));
    }
    return groups.values().stream()
        .map(g -> new Story(g.get(0), List.copyOf(g.subList(1, g.size()))))
        .toList();
  }

  static boolean sameStory(
      DigestArticle a, Set<String> aWords, DigestArticle b, Set<String> bWords) {
    if (jaccard(aWords, bWords) >= SAME_TITLE) {
      return true;
    }
    Set<String> aEvents = new HashSet<>(a.events());
    boolean sharedActs = !aEvents.isEmpty() && b.events().stream().anyMatch(aEvents::contains);
    boolean sharedTopic = a.topics().stream().anyMatch(b.topics()::contains);
    return sharedActs && sharedTopic && aEvents.equals(new HashSet<>(b.events()));
  }

  static Set<String> titleWords(String title) {
    return Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> w.length() > 1 && !STOP_WORDS.contains(w))
        .collect(Collectors.toSet());
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return (double) both.size() / (a.size() + b.size() - both.size());
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  private static void union(int[] parent, int a, int b) {
    parent[find(parent, b)] = find(parent, a);
  }
}
