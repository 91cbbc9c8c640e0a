package org.briefing.classification.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether an article reports minerals diplomacy as news, with a score in [0, 1] and the
 * reasons for it. It reads the article's own words rather than waiting for an extracted event: an
 * article is relevant when sentences about minerals speak of a cross-border act (a deal, talks, an
 * export control, an investment...) between states or organisations, and minerals are what the
 * article is about (its title or lead, or a good share of its sentences).
 */
final class RelevanceScorer {

  static final double THRESHOLD = 0.5;

  /** Policy words that speak of an act between states when they stand beside minerals. */
  private static final Set<String> CROSS_BORDER_TOPICS =
      Set.of("minerals-deal", "export-controls", "sanctions", "investment-fund");

  /** A score and its reasons. */
  record Result(double score, List<String> reasons) {
    boolean relevant() {
      return score >= THRESHOLD;
    }
  }

  private RelevanceScorer() {}

  static Result score(Article article, List<EventExtractor.Found> found) {
    var reasons = new ArrayList<String>();
    int sentences = article.sentenceCount();
    int bodySentences = Math.max(1, sentences - 1);
    int mineralSentences = 0;
    for (int s = 1; s < sentences; s++) {
      if (article.aboutMinerals[s]) {
        mineralSentences++;
      }
    }
    double share = (double) mineralSentences / bodySentences;
    boolean title = article.hasTitle() && article.aboutMinerals[0];
    boolean lead = false;
    for (int s = 1; s < Math.min(sentences, 3); s++) {
      lead |= article.aboutMinerals[s];
    }

    Set<String> articleActors = new HashSet<>();
    for (Mention m : article.mentions) {
      String actor = Article.actorOf(m);
      if (actor != null) {
        articleActors.add(actor);
      }
    }
    int twoParty = 0;
    int oneParty = 0;
    String example = null;
    for (int s = 0; s < sentences; s++) {
      if (!nearMinerals(article, s)) {
        continue;
      }
      Set<String> actors = new HashSet<>();
      Set<String> parties = new HashSet<>();
      boolean act = false;
      for (Mention m : article.mentionsIn(s)) {
        String actor = Article.actorOf(m);
        if (actor != null) {
          actors.add(actor);
          if (MentionRoles.party(article, m)) {
            parties.add(actor);
          }
        } else if (m.kind() == Term.Kind.TRIGGER) {
          act |= m.act() != null && m.act().scored();
        } else if (m.kind() == Term.Kind.TOPIC) {
          act |= CROSS_BORDER_TOPICS.contains(m.value());
        }
      }
      if (!act || actors.isEmpty()) {
        continue;
      }
      if (parties.size() >= 2) {
        twoParty++;
        if (example == null) {
          example = article.sentenceText(s);
        }
      } else if (articleActors.size() >= 2) {
        oneParty++;
      }
    }

    int newsActs = 0;
    for (EventExtractor.Found f : found) {
      var e = f.event();
      if (e.type().scored() && !e.background() && nearMinerals(article, f.sentence())) {
        newsActs++;
      }
    }

    double score = 0.0;
    if (twoParty > 0) {
      score += 0.4 + 0.05 * Math.min(twoParty - 1, 3);
      reasons.add(
          twoParty
              + " sentence(s) of an act between states about minerals, e.g. "
              + shorten(example));
    } else if (oneParty > 0) {
      score += 0.1;
      reasons.add("acts about minerals, one party named in the sentence");
    } else {
      reasons.add("no act between states or organisations about minerals");
    }
    if (newsActs > 0) {
      score += 0.1;
      reasons.add(newsActs + " act(s) extracted");
    }
    if (title) {
      score += 0.15;
      reasons.add("the title is about minerals");
    }
    if (lead) {
      score += 0.1;
      reasons.add("the lead is about minerals");
    }
    score += 0.15 * Math.min(1.0, share * 2);
    if (!title && !lead && share < 0.3) {
      score *= 0.6;
      reasons.add(
          String.format(
              Locale.ROOT,
              "minerals only in the background (%.0f%% of sentences, not in title or lead)",
              share * 100));
    }
    if (twoParty == 0) {
      score = Math.min(score, 0.45); // minerals without an act between two parties
    }
    score = Math.max(0.0, Math.min(1.0, score));
    return new Result(Math.round(score * 1000) / 1000.0, reasons);
  }

  private static String shorten(String sentence) {
    return sentence.length() <= 120 ? sentence : sentence.substring(0, 117) + "...";
  }

  private static boolean nearMinerals(Article article, int sentence) {
    if (article.aboutMinerals[sentence]) {
      return true;
    }
    // a short paragraph often names the minerals in the sentence before or after the act
    boolean before = sentence > 1 && article.aboutMinerals[sentence - 1];
    boolean after = sentence + 1 < article.sentenceCount() && article.aboutMinerals[sentence + 1];
    return before || after;
  }
}
