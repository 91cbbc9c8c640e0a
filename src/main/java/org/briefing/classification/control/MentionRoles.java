package org.briefing.classification.control;

import java.util.Set;

/**
 * What a state's name does in its sentence when it is not a party: it names a company's nationality
 * ("China's CMOC", "Chilean miner SQM") or the place where something happens ("at Congo mines",
 * "talks in Seoul").
 */
final class MentionRoles {

  /** Nouns that, after a state's adjective or possessive, make it a company's nationality. */
  private static final Set<String> COMPANY_NOUNS =
      Set.of(
          "company",
          "companies",
          "firm",
          "firms",
          "group",
          "miner",
          "miners",
          "producer",
          "producers",
          "maker",
          "makers",
          "giant",
          "conglomerate",
          "automaker",
          "carmaker",
          "investor",
          "investors",
          "business",
          "businesses",
          "corporation",
          "startup",
          "lender",
          "bank",
          "banks",
          "manufacturer",
          "manufacturers",
          "refiner",
          "smelter",
          "developer",
          "explorer",
          "shareholder",
          "subsidiary",
          "unit",
          "partner",
          "partners",
          "industry",
          "exporters",
          "importers",
          "buyers",
          "suppliers",
          "customers",
          "users",
          "platform",
          "exchange",
          "market",
          "markets",
          "mine",
          "mines",
          "plant",
          "plants",
          "project",
          "projects");

  private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "across");

  private MentionRoles() {}

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
    boolean possessive = text.startsWith("'s ", at) || text.startsWith("’s ", at);
    if (!possessive && !"adjective".equals(m.term().detail())) {
      return false;
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

  /** "at Congo mines", "in Chile", "talks in Seoul": the state is where it happens. */
  static boolean place(Article article, Mention m) {
    if (m.kind() != Term.Kind.ACTOR || "adjective".equals(m.term().detail())) {
      return false;
    }
    int floor = article.sentences.get(m.sentence()).start();
    return PLACE_PREPOSITIONS.contains(Words.before(article.text, m.start(), floor));
  }

  /** Words before a state that make it the dependence being reduced: "reliance on China". */
  private static final Set<String> DEPENDENCE =
      Set.of(
          "reliance", "dependence", "dependency", "dependent", "reliant", "dominated", "dominance");

  /**
   * "to cut reliance on China", "away from China", "dominated by China": the state is the
   * dependence being reduced, not a party (rule 2).
   */
  static boolean dependence(Article article, Mention m) {
    String text = article.text;
    int floor = article.sentences.get(m.sentence()).start();
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
      return word.equals("away") || word.equals("independence") || word.equals("diversify");
    }
    return false;
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
