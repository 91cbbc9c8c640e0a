package org.briefing.classification.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people the gazetteer does not list, by the title before their name ("Ukraine's Deputy Prime
 * Minister Olga Stefanishyna" is a person of {@code UA}), and their later mentions by surname.
 * Actors themselves come straight from the gazetteer: a name, capital, adjective, body, office or
 * known person stands for its state or organisation ({@link Article#actorOf}).
 */
final class ActorResolver {

  /** Capitalised words that follow a title but are not names. */
  private static final Set<String> NOT_NAMES = WordSets.of("ActorResolver.not-names");

  /** Lower-case words inside a name: "Alberto van Klaveren", "Ursula von der Leyen". */
  private static final Set<String> PARTICLES = WordSets.of("ActorResolver.particles");

  /** What may stand between a state and a title: "'s", "new", "mines", "deputy foreign". */
  private static final Pattern TITLE_GAP = Pattern.compile("(?:['’]s)?(?:\\s+[A-Za-z-]+){0,3}\\s*");

  /**
   * A capitalised name of two or three words (or "José W. Fernández"), a comma, then up to five
   * words before a title.
   */
  private static final Pattern NAME_COMMA_TITLE =
      Pattern.compile(
          "(?<![\\p{L}])(\\p{Lu}[\\p{Ll}'’-]+ \\p{Lu}\\. \\p{Lu}[\\p{Ll}'’-]+"
              + "|(?:\\p{Lu}\\.? ){1,2}\\p{Lu}[\\p{Ll}'’-]+"
              + "|\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+){1,2}), (?:[\\p{L}'’.-]+ ){0,5}$");

  private ActorResolver() {}

  /** People named after a title, and every later mention of their surname. */
  static List<Mention> unknownPeople(Article article) {
    var found = new LinkedHashMap<String, Mention>();
    var mentions = article.mentions;
    for (int i = 0; i < mentions.size(); i++) {
      Mention m = mentions.get(i);
      if (m.sentence() == 0 && article.hasTitle()) {
        continue; // headlines capitalise every word
      }
      boolean title =
          m.kind() == Term.Kind.ROLE
              || (m.kind() == Term.Kind.ACTOR && "office".equals(m.term().detail()));
      if (!title) {
        continue;
      }
      Mention name = nameAfter(article, m, i);
      if (name == null && m.kind() == Term.Kind.ROLE) {
        name = nameBefore(article, m, i);
      }
      if (name != null) {
        found.putIfAbsent(name.value(), name);
      }
    }
    if (found.isEmpty()) {
      return List.of();
    }
    var out = new ArrayList<Mention>();
    for (Mention person : found.values()) {
      out.add(person);
      out.addAll(laterMentions(article, person));
    }
    return out;
  }

  private static Mention nameAfter(Article article, Mention title, int index) {
    String text = article.text;
    int limit = article.sentences.get(title.sentence()).end();
    int pos = skipPortfolio(text, title.end(), limit);
    if (text.startsWith(", ", pos)) {
      pos++; // "the finance minister, Koo Yun-cheol, joined"
    }
    int start = -1;
    int end = -1;
    int tokens = 0;
    int initials = 0;
    while (tokens < 4) {
      if (pos >= limit || text.charAt(pos) != ' ') {
        break;
      }
      int s = pos + 1;
      int e = s;
      while (e < limit && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-')) {
        e++;
      }
      boolean initial = e - s == 1 && Character.isUpperCase(text.charAt(s)) && tokens == initials;
      if (initial) {
        e += e < limit && text.charAt(e) == '.' ? 1 : 0; // "G Kishan Reddy", "R. K. Sharma"
        initials++;
      } else if (tokens > initials && PARTICLES.contains(text.substring(s, e))) {
        pos = e; // "Alberto van Klaveren"
        continue;
      } else if (e - s < 2
          || !Character.isUpperCase(text.charAt(s))
          || !Character.isLowerCase(text.charAt(s + 1))
          || NOT_NAMES.contains(text.substring(s, e))
          || startsMention(article, index, s)) {
        break;
      }
      if (start < 0) {
        start = s;
      }
      end = e;
      tokens++;
      pos = e;
    }
    if (tokens - initials < 1 || tokens < 2 || text.charAt(end - 1) == '.') {
      return null;
    }
    String name = text.substring(start, end);
    String actor =
        "state".equals(title.term().detail()) ? stateBefore(article, title, index) : null;
    if (title.kind() == Term.Kind.ACTOR) {
      actor = title.value();
    }
    var term = new Term(Term.Kind.PERSON, name, name, actor, true, false);
    return new Mention(start, end, term, title.sentence());
  }

  /**
   * After a title, its portfolio: "Commissioner for International Partnerships, Jutta Urpilainen",
   * "Minister of Coal and Mines G Kishan Reddy". Returns where the name may start: at the comma, or
   * at an initial; else where the title ends.
   */
  private static int skipPortfolio(String text, int pos, int limit) {
    if (!text.startsWith(" for ", pos)
        && !text.startsWith(" of ", pos)
        && !text.startsWith(" to ", pos)) {
      return pos;
    }
    int at = text.indexOf(' ', pos + 1);
    // where each capitalised word of the last run starts: "for Industry Olzhas Saparbekov and"
    List<Integer> run = new ArrayList<>();
    for (int words = 0; words < 7 && at >= 0 && at < limit; words++) {
      int s = at + 1;
      int e = s;
      while (e < limit && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '-')) {
        e++;
      }
      if (e == s) {
        return lastTwo(run, pos);
      }

      String word = text.substring(s, e);
      if (e - s == 1 && Character.isUpperCase(word.charAt(0)) && words > 0) {
        return at; // an initial starts the name
      }
      boolean portfolio =
          Character.isUpperCase(word.charAt(0))
              || word.equals("and")
              || word.equals("of")
              || word.equals("the");
      if (!portfolio) {
        return lastTwo(run, pos);
      }
      if (!Character.isUpperCase(word.charAt(0))) {
        if (word.equals("and") && run.size() >= 3) {
          return lastTwo(run, pos); // "for Industry Olzhas Saparbekov and Trade Minister …"
        }
        run.clear();
      } else {
        run.add(at);
      }
      if (text.startsWith(", ", e)) {
        return e;
      }
      at = e;
      if (at >= limit || text.charAt(at) != ' ') {
        return lastTwo(run, pos);
      }
    }
    return pos;
  }

  /**
   * A portfolio run straight into a name, with no comma: "Deputy Minister for Industry Olzhas
   * Saparbekov", "Ambassador to Beijing Pradeep Kumar Rawat": the last two capitalised words are
   * the name (its surname is what identifies the person), when the run has a word before them.
   */
  private static int lastTwo(List<Integer> run, int pos) {
    return run.size() >= 3 ? run.get(run.size() - 2) : pos;
  }

  /**
   * "Ewa Manthey, a commodities strategist at ING", "Olga Stefanishyna, Ukraine's deputy prime
   * minister": a name, a comma and a short phrase that ends in a title.
   */
  private static Mention nameBefore(Article article, Mention title, int index) {
    int floor = Math.max(article.sentences.get(title.sentence()).start(), title.start() - 90);
    if (article.text.lastIndexOf(',', title.start()) < floor) {
      return null; // no comma before the title: no "Name, ... title"
    }
    Matcher m = NAME_COMMA_TITLE.matcher(article.text).region(floor, title.start());
    if (!m.find()) {
      return null;
    }
    int start = m.start(1);
    int end = m.end(1);
    for (String token : m.group(1).split(" ")) {
      if (NOT_NAMES.contains(token)) {
        return null;
      }
    }
    String actor = null;
    for (int j = index - 1; j >= 0; j--) {
      Mention e = article.mentions.get(j);
      if (e.end() <= start) {
        break;
      }
      if (e.term().isEntity() && e.start() < end) {
        return null; // a known name or a place, not an unknown person
      }
      if (e.kind() == Term.Kind.ACTOR && "state".equals(title.term().detail())) {
        actor = e.value();
      }
    }
    var term = new Term(Term.Kind.PERSON, m.group(1), m.group(1), actor, true, false);
    return new Mention(start, end, term, title.sentence());
  }

  /** Whether a gazetteer entity starts at {@code pos} (so the name is a known one, or a place). */
  private static boolean startsMention(Article article, int from, int pos) {
    var mentions = article.mentions;
    for (int j = from + 1; j < mentions.size() && mentions.get(j).start() <= pos; j++) {
      if (mentions.get(j).start() == pos && mentions.get(j).term().isEntity()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The state named just before a title: "Ukraine's Deputy Prime Minister", "Congolese mines
   * minister".
   */
  private static String stateBefore(Article article, Mention title, int index) {
    for (int j = index - 1; j >= 0; j--) {
      Mention m = article.mentions.get(j);
      if (m.sentence() != title.sentence() || title.start() - m.end() > 40) {
        return null;
      }
      String actor = Article.actorOf(m);
      if (actor != null && m.kind() == Term.Kind.ACTOR) {
        String gap = article.text.substring(m.end(), title.start());
        return TITLE_GAP.matcher(gap).matches() ? actor : null;
      }
    }
    return null;
  }

  private static List<Mention> laterMentions(Article article, Mention person) {
    String name = person.value();
    String surname = name.substring(name.lastIndexOf(' ') + 1);
    var out = new ArrayList<Mention>();
    String text = article.text;
    for (int at = text.indexOf(surname, person.end());
        at >= 0;
        at = text.indexOf(surname, at + 1)) {
      int end = at + surname.length();
      boolean word =
          (at == 0 || !Character.isLetter(text.charAt(at - 1)))
              && (end == text.length() || !Character.isLetter(text.charAt(end)));
      if (word) {
        out.add(new Mention(at, end, person.term(), -1));
      }
    }
    return out;
  }

  /** Full names of the people in the article, in order of first mention. */
  static List<String> people(Article article) {
    Map<String, Boolean> names = new LinkedHashMap<>();
    for (Mention m : article.mentions) {
      if (m.kind() == Term.Kind.PERSON) {
        names.put(m.value(), Boolean.TRUE);
      }
    }
    return List.copyOf(names.keySet());
  }
}
