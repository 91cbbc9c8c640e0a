package org.briefing.classification.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether an article reports minerals diplomacy as news, with a score in [0, 1] and the
 * reasons for it. An article is relevant when it reports, as news and not as background, an act
 * between two states or organisations in a sentence about minerals, and minerals are what the
 * article is about (its title or lead, or a good share of its sentences), not a paragraph in a
 * story about something else.
 */
final class RelevanceScorer {

  static final double THRESHOLD = 0.5;

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

    int acts = 0;
    int mineralActs = 0;
    int backgroundActs = 0;
    String example = null;
    for (EventExtractor.Found f : found) {
      var e = f.event();
      if (e.type().equals("other") || e.actor().equals(e.target())) {
        continue;
      }
      if (e.background()) {
        backgroundActs++;
        continue;
      }
      acts++;
      if (aboutMinerals(article, f.sentence())) {
        mineralActs++;
        if (example == null) {
          example = e.actor() + " → " + e.target() + " " + e.type();
        }
      }
    }

    double score;
    if (mineralActs > 0) {
      score = 0.55 + 0.05 * Math.min(mineralActs - 1, 3);
      reasons.add(
          mineralActs + " act(s) between states or organisations about minerals, e.g. " + example);
    } else if (acts > 0) {
      score = mineralSentences > 0 ? 0.25 : 0.05;
      reasons.add(acts + " act(s) between states or organisations, none about minerals");
    } else {
      score = mineralSentences > 0 || title ? 0.15 : 0.0;
      reasons.add(
          backgroundActs > 0
              ? "acts between states only as background"
              : "no act between two states or organisations");
    }
    if (mineralSentences == 0 && !title) {
      reasons.add("no minerals named");
    }
    if (title) {
      score += 0.15;
      reasons.add("the title is about minerals");
    }
    if (lead) {
      score += 0.1;
      reasons.add("the lead is about minerals");
    }
    score += 0.1 * Math.min(1.0, share * 2);
    if (mineralActs > 0 && !title && !lead && share < 0.3) {
      score *= 0.6;
      reasons.add(
          String.format(
              Locale.ROOT,
              "minerals only in the background (%.0f%% of sentences, not in title or lead)",
              share * 100));
    }
    if (mineralActs == 0) {
      score = Math.min(score, 0.4); // minerals without diplomacy, or diplomacy without minerals
    }
    score = Math.max(0.0, Math.min(1.0, score));
    return new Result(Math.round(score * 1000) / 1000.0, reasons);
  }

  private static boolean aboutMinerals(Article article, int sentence) {
    if (article.aboutMinerals[sentence]) {
      return true;
    }
    // a short paragraph often names the minerals in the sentence before or after the act
    boolean before = sentence > 1 && article.aboutMinerals[sentence - 1];
    boolean after = sentence + 1 < article.sentenceCount() && article.aboutMinerals[sentence + 1];
    return before || after;
  }
}
