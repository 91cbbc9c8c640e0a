package org.briefing.classification.control;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tags an article with topics: every mineral and generic minerals term it names, and the policy
 * areas that it names in a sentence about minerals (sanctions over a war are not a minerals topic).
 */
final class TopicTagger {

  static final Set<String> POLICY_AREAS =
      Set.of(
          "minerals-deal",
          "export-controls",
          "sanctions",
          "investment-fund",
          "mining-concessions",
          "supply-chain",
          "prices");

  private TopicTagger() {}

  static boolean isPolicy(String topic) {
    return POLICY_AREAS.contains(topic);
  }

  /** A topic of the vocabulary (not a context word such as "mining"). */
  static boolean isTopic(String topic) {
    return !"-".equals(topic);
  }

  /**
   * The article's topics. A deal is a minerals deal only between states or organisations (rule 5),
   * so "deal" and the like count only in an article that names two parties or where the extractor
   * found acts between them; and a deal-making act in a sentence about minerals is a minerals deal
   * ("agreed to develop a tungsten deposit").
   */
  static List<String> topics(Article article, List<EventExtractor.Found> found, int parties) {
    var minerals = new LinkedHashSet<String>();
    var policies = new LinkedHashSet<String>();
    boolean acts = parties >= 2;
    for (EventExtractor.Found f : found) {
      acts |= f.event().type().scored();
      // a deal-making act (offer, talks, signature, ratification) in a sentence about minerals
      if (f.event().type().dealStage() > 0 && article.aboutMinerals[f.sentence()]) {
        policies.add("minerals-deal");
      }
    }
    Mention lastPolicy = null;
    Mention previous = null;
    Mention context = null;
    for (Mention m : article.mentions) {
      if (m.kind() != Term.Kind.TOPIC) {
        continue;
      }
      if (!isTopic(m.value())) {
        context = m;
        continue;
      }
      if (isPolicy(m.value()) && inside(m, context)) {
        continue; // "to fund": the verb, not a fund
      }
      if (!acts && m.value().equals("minerals-deal")) {
        continue;
      }
      if (!isPolicy(m.value())) {
        if (namesSpecificMineral(article, m, previous)) {
          previous = m;
          continue; // "rare earth minerals" names rare earths, not minerals in general
        }
        previous = m;
        minerals.add(m.value());
      } else if (nearMinerals(article, m.sentence())) {
        // "export licence" is export-controls, not the "licence" of mining-concessions inside it
        if (lastPolicy != null && m.end() <= lastPolicy.end()) {
          continue;
        }
        lastPolicy = m;
        policies.add(isExportLicence(article, m) ? "export-controls" : m.value());
      }
    }
    minerals.addAll(policies);
    return List.copyOf(minerals);
  }

  /** Whether {@code m} lies within the longer mention {@code outer}. */
  private static boolean inside(Mention m, Mention outer) {
    return outer != null
        && m.start() >= outer.start()
        && m.end() <= outer.end()
        && m.end() - m.start() < outer.end() - outer.start();
  }

  /** A generic "minerals" right after a mineral's name: "rare earth minerals". */
  private static boolean namesSpecificMineral(Article article, Mention m, Mention previous) {
    return m.value().equals("critical-minerals-general")
        && m.term().surface().startsWith("mineral")
        && previous != null
        && !previous.value().equals("critical-minerals-general")
        && !isPolicy(previous.value())
        && isTopic(previous.value())
        && article.text.substring(previous.end(), m.start()).isBlank();
  }

  /**
   * Whether a policy word in this sentence concerns minerals: the sentence, or the one before or
   * after it in the same article, names them (agency copy often names the metal once and the policy
   * in the next sentence).
   */
  private static boolean nearMinerals(Article article, int sentence) {
    boolean[] about = article.aboutMinerals;
    return about[sentence]
        || (sentence > 1 && about[sentence - 1])
        || (sentence > 0 && sentence + 1 < about.length && about[sentence + 1]);
  }

  /** "licences for rare earth exports", "export permits" are export controls, not mining ones. */
  private static boolean isExportLicence(Article article, Mention m) {
    String word = m.term().surface();
    boolean licence = word.startsWith("licen") || word.equals("permits");
    if (!m.value().equals("mining-concessions") || !licence) {
      return false;
    }
    return article.sentenceText(m.sentence()).contains("export");
  }

  /** The topic an act in this sentence is about: its first mineral, else its first policy area. */
  static String topicOf(Article article, int sentence) {
    String policy = null;
    for (Mention m : article.mentionsIn(sentence)) {
      if (m.kind() == Term.Kind.TOPIC && isTopic(m.value())) {
        if (!isPolicy(m.value())) {
          return m.value();
        }
        if (policy == null) {
          policy = m.value();
        }
      }
    }
    return policy;
  }
}
