package org.briefing.classification.control;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.briefing.classification.entity.Classification;
import org.briefing.classification.entity.Event;
import org.briefing.ledger.control.Ledger;
import org.briefing.ledger.control.LedgerRules;
import org.briefing.ledger.entity.PairState;

/**
 * The change ledger's rules replayed offline over labelled articles in publication order, as the
 * ledger applies them to a classified article (background first, one change per pair and topic and
 * article, measured against the state before the article): which changes it would announce, and
 * whether each is backed by a labelled event of its article (same actor, target and type; negotiate
 * and sign-agreement undirected). A quick look for tuning; {@code ChangesBackedIT} measures the
 * same on the running service.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java@change-replay -Dreplay.file=src/test/resources/corpus/dev.jsonl
 * </pre>
 */
public final class ChangeReplay {

  /** One announced change and whether its article's labels back it. */
  record Announced(String articleId, Event event, boolean backed) {}

  private ChangeReplay() {}

  static List<Announced> replay(Classifier classifier, List<LabelledArticles.Labelled> articles) {
    List<LabelledArticles.Labelled> ordered = new ArrayList<>(articles);
    ordered.sort(Comparator.comparing(ChangeReplay::time));
    Map<String, PairState> states = new HashMap<>();
    List<Announced> out = new ArrayList<>();
    for (LabelledArticles.Labelled article : ordered) {
      Classification c = classifier.classify(article.title(), article.body());
      if (!c.relevant()) {
        continue;
      }
      Instant t = time(article);
      List<Event> acts = new ArrayList<>(c.events());
      acts.sort(Comparator.comparing(e -> !e.background()));
      Map<String, PairState> before = new HashMap<>();
      Set<String> changed = new HashSet<>();
      for (Event e : acts) {
        if (e.actor().equals(e.target())) {
          continue;
        }
        String key = pair(e.actor(), e.target()) + "|" + Ledger.ledgerTopic(e, c);
        PairState state = states.getOrDefault(key, PairState.NONE);
        Instant at = e.background() ? t.minusMillis(1) : t;
        boolean announce = !e.background() && e.direct();
        LedgerRules.Outcome outcome = LedgerRules.apply(state, e.type(), at, !announce);
        if (announce) {
          PairState start = before.computeIfAbsent(key, k -> state);
          Optional<LedgerRules.Kind> change =
              changed.contains(key)
                  ? Optional.empty()
                  : LedgerRules.apply(start, e.type(), at, false).change();
          if (change.isPresent()) {
            changed.add(key);
            out.add(new Announced(article.gold().id(), e, backed(article.gold(), e)));
          }
        }
        if (e.direct()) {
          states.put(key, outcome.state());
        }
      }
    }
    return out;
  }

  private static boolean backed(EvaluationMetrics.Gold gold, Event e) {
    boolean twoSided = e.type().twoSided();
    for (Event g : gold.events()) {
      if (g.type() != e.type()) {
        continue;
      }
      boolean same = g.actor().equals(e.actor()) && g.target().equals(e.target());
      boolean swapped = g.actor().equals(e.target()) && g.target().equals(e.actor());
      if (same || (twoSided && swapped)) {
        return true;
      }
    }
    return false;
  }

  private static String pair(String a, String b) {
    return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
  }

  /** Publication day; undated articles come last, as if they arrived now. */
  private static Instant time(LabelledArticles.Labelled article) {
    return article.published() == null
        ? Instant.parse("2100-01-01T00:00:00Z")
        : LocalDate.parse(article.published()).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  public static void main(String[] args) throws IOException {
    var articles = LabelledArticles.read(Path.of(args[0]));
    var changes = replay(Classifier.fromClasspath(), articles);
    long backed = changes.stream().filter(Announced::backed).count();
    for (Announced a : changes) {
      Event e = a.event();
      System.out.printf(
          Locale.ROOT,
          "%s %-8s %s %s->%s %s | %s%n",
          a.backed() ? "  backed" : "UNBACKED",
          a.articleId(),
          e.type(),
          e.actor(),
          e.target(),
          e.topic(),
          e.evidence().replace('\n', ' '));
    }
    System.out.printf(
        Locale.ROOT,
        "%d articles, %d changes, %d backed (%.1f%%)%n",
        articles.size(),
        changes.size(),
        backed,
        changes.isEmpty() ? 0.0 : 100.0 * backed / changes.size());
  }
}
