package org.briefing.classification.control;

import java.util.Set;

/**
 * What a state's name does in its sentence when it is not a party: it names a company's nationality
 * ("China's CMOC", "Chilean miner SQM") or the place where something happens ("at Congo mines",
 * "talks in Seoul").
 */
final class MentionRoles {

  /** Nouns that, after a state's adjective or possessive, make it a company's nationality. */
  private static final Set<String> COMPANY_NOUNS = WordSets.of("MentionRoles.company-nouns");

  /** Words before a state that make it a place or a yardstick: "in Chile", "outside China". */
  private static final Set<String> PLACE_PREPOSITIONS =
      WordSets.of("MentionRoles.place-prepositions");

  private MentionRoles() {}

  /** Whether the mention names a state or organisation as a party, not in one of those roles. */
  static boolean party(Article article, Mention m) {
    return Article.actorOf(m) != null
        && !companyModifier(article, m)
        && !place(article, m)
        && !dependence(article, m);
  }

  /**
   * "China's CMOC", "Chinese battery maker CATL", "Saudi firm Manara": the state's adjective or
   * possessive stands before a company, not for the state itself.
   */
  static boolean companyModifier(Article article, Mention m) {
    if (m.kind() != Term.Kind.ACTOR) {
      return false;
    }
    String text = article.text;
    int end = article.sentences.get(m.sentence()).end();
    int at = m.end();
    if (at + 1 < end && text.charAt(at) == '-' && Character.isLowerCase(text.charAt(at + 1))) {
      return true; // "China-linked investors", "Chinese-backed consortium"
    }
    boolean possessive = text.startsWith("'s ", at) || text.startsWith("’s ", at);
    if (!possessive && !"adjective".equals(m.term().detail())) {
      // "The US company", "US Strategic Metals": a name right before a company noun or name
      if (COMPANY_NOUNS.contains(Words.after(text, at, end))) {
        return true;
      }
      return at + 1 < end
          && text.charAt(at) == ' '
          && Character.isUpperCase(text.charAt(at + 1))
          && m.kind() == Term.Kind.ACTOR
          && "name".equals(m.term().detail())
          && startsUnknownName(
              article, m, at + 1, text.substring(at + 1, Words.skip(text, at, end)));
    }
    if (possessive) {
      at += 3;
    }
    // up to three words: "Chinese electric vehicle maker BYD", "China's state-owned CMOC"
    for (int words = 0; words < 4 && at < end; words++) {
      while (at < end && text.charAt(at) == ' ') {
        at++;
      }
      int wordEnd = at;
      while (wordEnd < end && Words.isWordChar(text.charAt(wordEnd))) {
        wordEnd++;
      }
      if (wordEnd == at) {
        return false;
      }
      String word = text.substring(at, wordEnd);
      if (COMPANY_NOUNS.contains(word.toLowerCase(java.util.Locale.ROOT))) {
        return true;
      }
      if (possessive && words == 0 && startsUnknownName(article, m, at, word)) {
        return true; // "China's CMOC": a name the gazetteer does not know
      }
      at = wordEnd;
    }
    return false;
  }

  /**
   * "at Congo mines", "in Chile", "prices in Europe and the US", "the UN General Assembly": the
   * state is where it happens.
   */
  static boolean place(Article article, Mention m) {
    if (m.kind() != Term.Kind.ACTOR || "adjective".equals(m.term().detail())) {
      return false;
    }
    String text = article.text;
    int floor = article.sentences.get(m.sentence()).start();
    if (m.value().equals("UN") && VENUES.contains(Words.after(text, m.end(), text.length()))) {
      return true;
    }
    return PLACE_PREPOSITIONS.contains(Words.before(text, listHead(article, m), floor));
  }

  /** Where a list of states that holds {@code m} starts: "in Europe and the US" at "Europe". */
  private static int listHead(Article article, Mention m) {
    int start = m.start();
    var mentions = article.mentionsIn(m.sentence());
    for (int k = mentions.indexOf(m) - 1; k >= 0; k--) {
      Mention before = mentions.get(k);
      if (Article.actorOf(before) == null) {
        continue;
      }
      String gap = article.text.substring(before.end(), start).strip();
      boolean listed =
          gap.equals(",") || gap.equals("and") || gap.equals(", and") || gap.equals("and the");
      if (!listed) {
        break;
      }
      start = before.start();
    }
    return start;
  }

  /**
   * Words after "UN" that make it a venue: "UN General Assembly", "UN Climate Change Conference".
   */
  private static final Set<String> VENUES = WordSets.of("MentionRoles.venues");

  /** Words before a state that make it the dependence being reduced: "reliance on China". */
  private static final Set<String> DEPENDENCE = WordSets.of("MentionRoles.dependence");

  /**
   * "to cut reliance on China", "away from China", "dominated by China": the state is the
   * dependence being reduced, not a party (rule 2).
   */
  static boolean dependence(Article article, Mention m) {
    String text = article.text;
    int floor = article.sentences.get(m.sentence()).start();
    if (text.startsWith("'s ", m.end()) || text.startsWith("’s ", m.end())) {
      String next = Words.after(text, m.end() + 3, text.length());
      if (DOMINANCE.contains(next) || DOMINANCE.contains(afterAdjective(text, m.end() + 3))) {
        return true; // "China's dominance", "China's growing grip"
      }
    }
    if (text.startsWith(" ", m.end())
        && DOMINANCE_NOUNS.contains(Words.after(text, m.end(), text.length()))) {
      return true; // "to loosen China dominance"
    }
    String before = Words.before(text, m.start(), floor);
    if (before.equals("on") || before.equals("by") || before.equals("upon")) {
      int at = text.lastIndexOf(' ', Math.max(floor, m.start() - 2));
      at = Math.max(at, floor);
      String word = Words.before(text, at, floor);
      return DEPENDENCE.contains(word);
    }
    if (before.equals("from")) {
      int at = Math.max(floor, text.lastIndexOf(' ', Math.max(floor, m.start() - 2)));
      String word = Words.before(text, at, floor);
      return SUPPLIED_FROM.contains(word);
    }
    return before.equals("with")
        && floor <= m.start() - 12
        && text.substring(Math.max(floor, m.start() - 16), m.start()).contains("vying");
  }

  /** "China's dominance", "China's monopoly": the dependence, not a party. */
  private static final Set<String> DOMINANCE = WordSets.of("MentionRoles.dominance");

  /**
   * "China dominance": the nouns that cannot be a verb after a state's name ("China and Japan
   * hold").
   */
  private static final Set<String> DOMINANCE_NOUNS = WordSets.of("MentionRoles.dominance-nouns");

  /** "away from China", "comes from China", "imports from China": a source, not a party. */
  private static final Set<String> SUPPLIED_FROM = WordSets.of("MentionRoles.supplied-from");

  private static String afterAdjective(String text, int pos) {
    return Words.after(text, Words.skip(text, pos, text.length()), text.length());
  }

  private static boolean startsUnknownName(Article article, Mention m, int at, String word) {
    if (!Character.isUpperCase(word.charAt(0))) {
      return false;
    }
    for (Mention other : article.mentionsIn(m.sentence())) {
      if (other.start() == at && other.kind() != Term.Kind.TOPIC) {
        return false; // a known actor, person, title or act word
      }
    }
    return true;
  }
}
