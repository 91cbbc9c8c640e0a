package org.briefing.classification.control;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefing.classification.entity.Classification;
import org.briefing.classification.entity.Event;

/**
 * The evaluation's metrics, with the same definitions as the project's scorer: precision, recall
 * and F1 micro-averaged over (article, label) pairs; relevance over articles; people compared by
 * folded surname; events over the gold-relevant articles only, strict (actor, target, type) and
 * loose (actor, type), with negotiate and sign-agreement undirected and "other" not scored.
 */
final class EvaluationMetrics {

  /** A gold article: its id and labels. */
  record Gold(
      String id,
      boolean relevant,
      List<String> topics,
      List<String> actors,
      List<String> people,
      List<Event> events) {}

  /** Precision, recall and F1 of one label family. */
  record Score(double precision, double recall, double f1) {
    static Score of(int tp, int fp, int fn) {
      double p = tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
      double r = tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
      return new Score(p, r, p + r == 0 ? 0.0 : 2 * p * r / (p + r));
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "P=%.3f R=%.3f F1=%.3f", precision, recall, f1);
    }
  }

  private EvaluationMetrics() {}

  /** Scores per family, in the scorer's order, and the share of negatives flagged relevant. */
  static Map<String, Score> score(List<Gold> gold, Map<String, Classification> predicted) {
    var scores = new LinkedHashMap<String, Score>();
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (Gold g : gold) {
      boolean p = predicted.get(g.id()).relevant();
      tp += g.relevant() && p ? 1 : 0;
      fp += !g.relevant() && p ? 1 : 0;
      fn += g.relevant() && !p ? 1 : 0;
    }
    scores.put("relevance", Score.of(tp, fp, fn));
    scores.put("topics", compare(gold, predicted, Gold::topics, Classification::topics, false));
    scores.put("actors", compare(gold, predicted, Gold::actors, Classification::actors, false));
    scores.put("people", compare(gold, predicted, Gold::people, Classification::people, true));
    for (boolean strict : new boolean[] {true, false}) {
      var g = new HashSet<List<String>>();
      var p = new HashSet<List<String>>();
      for (Gold article : gold) {
        if (article.relevant()) {
          g.addAll(events(article.id(), article.events(), strict));
          p.addAll(events(article.id(), predicted.get(article.id()).events(), strict));
        }
      }
      scores.put(strict ? "events" : "events-loose", overlap(g, p));
    }
    return scores;
  }

  /** The share of gold-negative articles that were predicted relevant. */
  static double flaggedNegatives(List<Gold> gold, Map<String, Classification> predicted) {
    long negatives = gold.stream().filter(g -> !g.relevant()).count();
    long flagged =
        gold.stream().filter(g -> !g.relevant() && predicted.get(g.id()).relevant()).count();
    return negatives == 0 ? 0.0 : (double) flagged / negatives;
  }

  private static Score compare(
      List<Gold> gold,
      Map<String, Classification> predicted,
      java.util.function.Function<Gold, List<String>> goldValues,
      java.util.function.Function<Classification, List<String>> predictedValues,
      boolean people) {
    var g = new HashSet<List<String>>();
    var p = new HashSet<List<String>>();
    for (Gold article : gold) {
      for (String v : goldValues.apply(article)) {
        g.add(List.of(article.id(), fold(v, people)));
      }
      for (String v : predictedValues.apply(predicted.get(article.id()))) {
        p.add(List.of(article.id(), fold(v, people)));
      }
    }
    return overlap(g, p);
  }

  private static Score overlap(Set<List<String>> gold, Set<List<String>> predicted) {
    var tp = new HashSet<>(gold);
    tp.retainAll(predicted);
    return Score.of(tp.size(), predicted.size() - tp.size(), gold.size() - tp.size());
  }

  /** Case- and accent-insensitive; a person is their surname, with -iy/-yy/-yi endings as -y. */
  static String fold(String value, boolean person) {
    String v =
        Normalizer.normalize(value, Normalizer.Form.NFKD)
            .replaceAll("[^\\p{ASCII}]", "")
            .toLowerCase(Locale.ROOT)
            .strip();
    if (person) {
      String[] tokens = v.split("[\\s-]+");
      String last = tokens.length == 0 ? "" : tokens[tokens.length - 1];
      if (!last.isEmpty()) {
        v = last.replaceAll("(iy|yy|yi)$", "y");
      }
    }
    return v;
  }

  private static List<List<String>> events(String id, List<Event> events, boolean strict) {
    var out = new ArrayList<List<String>>();
    for (Event e : events) {
      String actor = String.valueOf(e.actor());
      String target = String.valueOf(e.target());
      if (!e.type().scored()) {
        continue;
      }
      String type = e.type().word();
      if (e.type().twoSided() && strict) {
        boolean swap = actor.compareTo(target) > 0;
        out.add(List.of(id, swap ? target : actor, swap ? actor : target, type));
      } else if (e.type().twoSided()) {
        out.add(List.of(id, actor, type));
        out.add(List.of(id, target, type));
      } else {
        out.add(strict ? List.of(id, actor, target, type) : List.of(id, actor, type));
      }
    }
    return out;
  }
}
