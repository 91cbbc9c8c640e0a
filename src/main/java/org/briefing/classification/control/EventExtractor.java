package org.briefing.classification.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.briefing.classification.entity.Event;

/**
 * Finds who does what to whom, sentence by sentence, from the event words of the gazetteer.
 *
 * <p>For each event word: the act is dropped when a negation stands just before it ("did not
 * sign") or when a modal makes it hypothetical ("could impose"); a signing still to come ("to be
 * signed", "will sign") is a negotiation. The actor is the nearest state, organisation or person
 * before the word that is not inside a prepositional phrase (so "Putin said Russia was ready to
 * offer" gives Russia), or the agent after "by" in the passive ("curbs imposed by Beijing"), or the
 * last actor when a pronoun stands in its place. The target is the first other actor after the
 * word, introduced by "with", "to", "on", "against"... or standing as its object, before the clause
 * ends. Nouns take their actor from a possessive or adjective ("Chinese curbs", "US-Ukraine talks")
 * or "from X". Negotiations and signings have no direction: their two parties are put in
 * alphabetical order. A sentence in the past perfect or with "previously", "last year"... reports
 * background.
 */
final class EventExtractor {

  /** An event and the sentence it was read from. */
  record Found(Event event, int sentence) {}

  static final Set<String> TWO_SIDED = Set.of("negotiate", "sign-agreement");

  /** Acts whose complement is not an act of its own: "threatened to impose", "refused to sign". */
  private static final Set<String> HEADS = Set.of("threaten", "offer-cooperation", "demand", "reject");

  private static final Set<String> NOT_SUBJECT_AFTER =
      Set.of(
          "with", "to", "on", "against", "from", "for", "between", "into", "over", "toward",
          "towards", "of", "at", "in", "by", "involving", "about", "around", "amid", "under", "than",
          "like", "across", "beyond", "without", "among", "via", "within", "upon");

  private static final Set<String> TARGET_AFTER =
      Set.of(
          "with", "to", "on", "against", "for", "toward", "towards", "into", "between", "involving",
          "and", "particularly", "especially", "notably", "including", "namely", "mainly");

  private static final Set<String> PASSIVE_AUX =
      Set.of("was", "were", "been", "being", "be", "is", "are", "get", "got");

  private EventExtractor() {}

  static List<Found> extract(Article article) {
    var found = new LinkedHashMap<String, Found>();
    String lastSubject = null;
    for (int s = 0; s < article.sentenceCount(); s++) {
      List<Mention> ms = article.mentionsIn(s);
      Mention previousTrigger = null;
      for (int i = 0; i < ms.size(); i++) {
        Mention t = ms.get(i);
        if (t.kind() != Term.Kind.TRIGGER) {
          continue;
        }
        Mention head = previousTrigger;
        previousTrigger = t;
        if (head != null
            && HEADS.contains(head.value())
            && Words.between(article.text, head.end(), t.start()) >= 0
            && Words.between(article.text, head.end(), t.start()) <= 3) {
          continue; // the complement of "threatened to", "refused to", "offered to"
        }
        String type = t.value();
        if (cueBefore(article, ms, i, "negation", 4)) {
          continue;
        }
        boolean future = cueBefore(article, ms, i, "future", 2);
        boolean modal = cueBefore(article, ms, i, "modal", 3);
        if (type.equals("sign-agreement") && (future || modal)) {
          type = "negotiate";
        } else if (modal && !type.equals("offer-cooperation")) {
          continue;
        }
        boolean background = isBackground(article, ms, i);
        Parties parties = parties(article, ms, i, lastSubject);
        if (parties == null) {
          continue;
        }
        if (!parties.actors.isEmpty() && !parties.fromPronoun) {
          lastSubject = parties.actors.get(0);
        }
        String topic = TopicTagger.topicOf(article, s);
        String evidence = article.sentenceText(s);
        for (String[] pair : parties.pairs(TWO_SIDED.contains(type))) {
          var event = new Event(pair[0], pair[1], type, topic, evidence, background);
          String key = pair[0] + '|' + pair[1] + '|' + type;
          Found earlier = found.get(key);
          if (earlier == null) {
            found.put(key, new Found(event, s));
          } else if (earlier.event().background() && !background) {
            found.put(key, new Found(event, s)); // news beats history
          }
        }
      }
    }
    return List.copyOf(found.values());
  }

  /** Whether a cue of this kind stands at most {@code words} words before trigger {@code i}. */
  private static boolean cueBefore(Article article, List<Mention> ms, int i, String cue, int words) {
    Mention t = ms.get(i);
    for (int j = i - 1; j >= 0; j--) {
      Mention m = ms.get(j);
      if (m.kind() != Term.Kind.CUE || !m.value().equals(cue)) {
        continue;
      }
      if (m.end() > t.start()) {
        continue;
      }
      int gap = Words.between(article.text, m.end(), t.start());
      if (gap < 0 || gap > words - 1) {
        return false;
      }
      return true;
    }
    return false;
  }

  private static boolean isBackground(Article article, List<Mention> ms, int i) {
    for (Mention m : ms) {
      if (m.kind() != Term.Kind.CUE || !m.value().equals("background")) {
        continue;
      }
      if (m.term().surface().equals("had")) {
        if (m.end() <= ms.get(i).start()) {
          int gap = Words.between(article.text, m.end(), ms.get(i).start());
          if (gap >= 0 && gap <= 2) {
            return true;
          }
        }
      } else {
        return true;
      }
    }
    return false;
  }

  /** The actors and targets of an act. */
  private static final class Parties {
    final List<String> actors = new ArrayList<>(2);
    final List<String> targets = new ArrayList<>(2);
    boolean fromPronoun;

    List<String[]> pairs(boolean twoSided) {
      var out = new ArrayList<String[]>();
      if (twoSided && targets.isEmpty() && actors.size() >= 2) {
        out.add(ordered(actors.get(0), actors.get(1)));
        return out;
      }
      for (String a : actors) {
        for (String t : targets) {
          if (!a.equals(t)) {
            out.add(twoSided ? ordered(a, t) : new String[] {a, t});
          }
        }
      }
      return out;
    }

    private static String[] ordered(String a, String b) {
      return a.compareTo(b) <= 0 ? new String[] {a, b} : new String[] {b, a};
    }
  }

  private static Parties parties(Article article, List<Mention> ms, int i, String lastSubject) {
    Mention t = ms.get(i);
    String text = article.text;
    var p = new Parties();
    Mention agent = passiveAgent(article, ms, i);
    if (agent != null) {
      p.actors.add(Article.actorOf(agent));
      Mention patient = subjectBefore(article, ms, i);
      if (patient != null && !Article.actorOf(patient).equals(p.actors.get(0))) {
        p.targets.add(Article.actorOf(patient));
      } else {
        targetsAfter(article, ms, i, p, agent);
      }
      return p;
    }
    if (t.term().isNoun()) {
      nounActors(article, ms, i, p);
    }
    if (p.actors.isEmpty()) {
      Mention subject = subjectBefore(article, ms, i);
      if (subject != null) {
        p.actors.add(Article.actorOf(subject));
        Mention other = coordinatedBefore(article, ms, subject);
        if (other != null && !Article.actorOf(other).equals(p.actors.get(0))) {
          p.actors.add(0, Article.actorOf(other));
        }
      } else if (lastSubject != null && pronounBefore(ms, i)) {
        p.actors.add(lastSubject);
        p.fromPronoun = true;
      }
    }
    targetsAfter(article, ms, i, p, null);
    if (p.actors.isEmpty() && p.targets.size() >= 2 && t.term().isNoun()) {
      p.actors.add(p.targets.remove(0)); // "talks between Washington and Kyiv"
    }
    if (p.actors.isEmpty()) {
      return null;
    }
    return p;
  }

  /** "imposed by Beijing", "were agreed by the two sides": the agent after "by". */
  private static Mention passiveAgent(Article article, List<Mention> ms, int i) {
    Mention t = ms.get(i);
    String text = article.text;
    for (int j = i + 1; j < ms.size(); j++) {
      Mention m = ms.get(j);
      if (Article.actorOf(m) == null) {
        continue;
      }
      int gap = Words.between(text, t.end(), m.start());
      if (gap < 0 || gap > 4) {
        return null;
      }
      if (!Words.before(text, m.start(), t.end()).equals("by")) {
        return null;
      }
      int floor = article.sentences.get(m.sentence()).start();
      String aux = Words.before(text, t.start(), floor);
      String aux2 = Words.before(text, t.start() - aux.length() - 1, floor);
      boolean participle = Words.after(text, t.end(), m.start()).equals("by");
      return t.term().isNoun() || PASSIVE_AUX.contains(aux) || PASSIVE_AUX.contains(aux2) || participle
          ? m
          : null;
    }
    return null;
  }

  /** The nearest actor before trigger {@code i} that is not the object of a preposition. */
  private static Mention subjectBefore(Article article, List<Mention> ms, int i) {
    int floor = article.sentences.get(ms.get(i).sentence()).start();
    for (int j = i - 1; j >= 0; j--) {
      Mention m = ms.get(j);
      if (Article.actorOf(m) == null) {
        continue;
      }
      String before = Words.before(article.text, m.start(), floor);
      if (NOT_SUBJECT_AFTER.contains(before)) {
        continue;
      }
      return m;
    }
    return null;
  }

  /** "the US and Ukraine signed": the actor before "and". */
  private static Mention coordinatedBefore(Article article, List<Mention> ms, Mention subject) {
    int floor = article.sentences.get(subject.sentence()).start();
    if (!Words.before(article.text, subject.start(), floor).equals("and")) {
      return null;
    }
    for (int j = ms.indexOf(subject) - 1; j >= 0; j--) {
      Mention m = ms.get(j);
      if (Article.actorOf(m) != null) {
        int gap = Words.between(article.text, m.end(), subject.start());
        return gap >= 0 && gap <= 2 ? m : null;
      }
    }
    return null;
  }

  private static boolean pronounBefore(List<Mention> ms, int i) {
    for (int j = i - 1; j >= 0; j--) {
      Mention m = ms.get(j);
      if (m.kind() == Term.Kind.CUE && m.value().equals("pronoun")) {
        return true;
      }
    }
    return false;
  }

  /** A noun's actor: "China's curbs", "Chinese curbs", "US-Ukraine talks", "pressure from X". */
  private static void nounActors(Article article, List<Mention> ms, int i, Parties p) {
    Mention t = ms.get(i);
    String text = article.text;
    for (int j = i - 1; j >= 0; j--) {
      Mention m = ms.get(j);
      if (Article.actorOf(m) == null) {
        continue;
      }
      int gap = Words.between(text, m.end(), t.start());
      if (gap >= 0 && gap <= 3 && !Words.before(text, m.start(), 0).equals("on")) {
        p.actors.add(Article.actorOf(m));
        // "US-Ukraine talks": two actors joined by a hyphen or slash
        if (j > 0 && Article.actorOf(ms.get(j - 1)) != null && m.start() - ms.get(j - 1).end() == 1) {
          p.actors.add(0, Article.actorOf(ms.get(j - 1)));
        }
      }
      break;
    }
    if (!p.actors.isEmpty()) {
      return;
    }
    for (int j = i + 1; j < ms.size(); j++) {
      Mention m = ms.get(j);
      if (Article.actorOf(m) == null) {
        continue;
      }
      int gap = Words.between(text, t.end(), m.start());
      String before = Words.before(text, m.start(), t.end());
      if (gap >= 0 && gap <= 4 && (before.equals("from") || before.equals("by"))) {
        p.actors.add(Article.actorOf(m));
      }
      return;
    }
  }

  /** The targets after trigger {@code i}, up to the end of its clause. */
  private static void targetsAfter(
      Article article, List<Mention> ms, int i, Parties p, Mention skip) {
    Mention t = ms.get(i);
    String text = article.text;
    boolean noun = t.term().isNoun();
    int anchor = t.end(); // the trigger, or a party of it just after it ("pressure from X on Y")
    for (int j = i + 1; j < ms.size(); j++) {
      Mention m = ms.get(j);
      if (m.kind() == Term.Kind.CUE && m.value().equals("clause")) {
        return;
      }
      String actor = Article.actorOf(m);
      if (actor == null) {
        continue;
      }
      if (m == skip || p.actors.contains(actor) || p.targets.contains(actor)) {
        anchor = Math.max(anchor, m.end());
        continue;
      }
      if (m.start() - t.end() > 160 || hasBreak(text, t.end(), m.start())) {
        return;
      }
      int words = Words.between(text, anchor, m.start());
      if (noun && (words < 0 || words > 4)) {
        return; // a noun's parties stand right after it: "talks with Kyiv"
      }
      String before = Words.before(text, m.start(), t.end());
      boolean object = !noun && before.isEmpty() && words >= 0 && words <= 2;
      if (TARGET_AFTER.contains(before) || object) {
        if (before.equals("and") && p.targets.isEmpty()) {
          continue;
        }
        p.targets.add(actor);
        int k = j;
        while (k + 1 < ms.size() && joined(text, ms.get(k), ms.get(k + 1))) {
          String next = Article.actorOf(ms.get(++k));
          if (!p.actors.contains(next) && !p.targets.contains(next)) {
            p.targets.add(next);
          }
        }
        return;
      }
    }
  }

  /** Whether actor {@code b} is listed with {@code a}: "with Japan and Australia", "the US, Ukraine". */
  private static boolean joined(String text, Mention a, Mention b) {
    if (Article.actorOf(b) == null) {
      return false;
    }
    String gap = text.substring(a.end(), b.start()).strip();
    return gap.equals(",")
        || gap.equals("and")
        || gap.equals(", and")
        || gap.equals("and the")
        || gap.equals(", and the")
        || gap.equals(", the")
        || gap.equals("or");
  }

  private static boolean hasBreak(String text, int from, int to) {
    for (int k = from; k < to; k++) {
      char c = text.charAt(k);
      if (c == ';' || c == '—' || c == '–' || c == '(') {
        return true;
      }
    }
    return false;
  }

  /** Events as the classification reports them. */
  static List<Event> events(List<Found> found) {
    var out = new ArrayList<Event>(found.size());
    for (Found f : found) {
      out.add(f.event());
    }
    return out;
  }
}
