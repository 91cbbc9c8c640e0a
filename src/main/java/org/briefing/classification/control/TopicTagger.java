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

  static List<String> topics(Article article) {
    var minerals = new LinkedHashSet<String>();
    var policies = new LinkedHashSet<String>();
    Mention lastPolicy = null;
    for (Mention m : article.mentions) {
      if (m.kind() != Term.Kind.TOPIC || !isTopic(m.value())) {
        continue;
      }
      if (!isPolicy(m.value())) {
        minerals.add(m.value());
      } else if (article.aboutMinerals[m.sentence()]) {
        // "export licence" is export-controls, not the "licence" of mining-concessions inside it
        if (lastPolicy != null && m.end() <= lastPolicy.end()) {
          continue;
        }
        lastPolicy = m;
        policies.add(m.value());
      }
    }
    minerals.addAll(policies);
    return List.copyOf(minerals);
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
