package org.briefing.classification.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.briefing.classification.entity.Event;
import org.briefing.classification.entity.EventType;

/**
 * Finds who does what to whom, sentence by sentence, from the event words of the gazetteer.
 *
 * <p>For each event word: the act is dropped when a negation stands just before it ("did not sign")
 * or when a modal makes it hypothetical ("could impose"); a signing still to come ("to be signed",
 * "will sign") is a negotiation; the complement of a threat, offer, demand or refusal is no act of
 * its own ("threatened to impose"). The actor is the nearest state, organisation or person before
 * the word that is not the object of a preposition nor inside a relative clause (so "Putin said
 * Russia was ready to offer" gives Russia), or the agent after "by" in the passive ("curbs imposed
 * by Beijing"), or the last actor when a pronoun stands in its place. The target is the first other
 * actor after the word, introduced by "with", "to", "on", "against"... or standing as its object,
 * before the clause ends; failing that, for deal-making acts, the party the actor last dealt with
 * in the article. Nouns take their actor from a possessive or adjective ("Chinese curbs",
 * "US-Ukraine talks") or "from X". Negotiations and signings have no direction: their two parties
 * are put in alphabetical order. An act in the past perfect, or in a sentence with "previously",
 * "last year"..., is background.
 */
final class EventExtractor {

  /** An event and the sentence it was read from. */
  record Found(Event event, int sentence) {}

  /**
   * What the extractor read.
   *
   * @param found the events, each once
   * @param actors every state or organisation that acts or is acted upon, in order of appearance
   */
  record Extraction(List<Found> found, List<String> actors) {
    List<Event> events() {
      var out = new ArrayList<Event>(found.size());
      found.forEach(f -> out.add(f.event()));
      return out;
    }
  }

  /** An act whose target is still to be found. */
  private record Pending(String actor, EventType type, int sentence, boolean background) {}

  /** Acts whose complement is not an act of its own: "threatened to impose", "refused to sign". */
  private static final Set<EventType> HEADS =
      EnumSet.of(
          EventType.THREATEN, EventType.OFFER_COOPERATION, EventType.DEMAND, EventType.REJECT);

  /** Acts that, when the sentence names no target, are taken to concern the last partner. */
  private static final Set<EventType> PARTNER_FALLBACK =
      EnumSet.of(
          EventType.OFFER_COOPERATION,
          EventType.NEGOTIATE,
          EventType.SIGN_AGREEMENT,
          EventType.RATIFY,
          EventType.REJECT,
          EventType.PRAISE,
          EventType.INVEST,
          EventType.ACCUSE,
          EventType.DEMAND);

  private static final Set<String> NOT_SUBJECT_AFTER =
      WordSets.of("EventExtractor.not-subject-after");

  private static final Set<String> TARGET_AFTER = WordSets.of("EventExtractor.target-after");

  /** Words after an act word that make it part of a title: "finance minister". */
  private static final Set<String> TITLE_NOUNS = WordSets.of("EventExtractor.title-nouns");

  /** Words that introduce who took part in a gathering: "with the leaders of A, B and C". */
  private static final Set<String> ATTENDING = WordSets.of("EventExtractor.attending");

  /** How far a deal noun may stand from an act word and still be its object. */
  private static final int DEAL_OBJECT_WORDS = 10;

  /** Gatherings whose list of participants are talks with the convener. */
  private static final Set<String> MEETINGS = WordSets.of("EventExtractor.meetings");

  /** Words before "demand" that make it a market's: "growing demand", "growth in demand". */
  /** "demand for lithium", "demand will be enormous": the word after shows a noun. */
  private static final Set<String> DEMAND_AS_NOUN = WordSets.of("EventExtractor.demand-as-noun");

  private static final Set<String> MARKET_WORDS = WordSets.of("EventExtractor.market-words");

  /** "ready to fight", "prepared to challenge": a refusal, not an offer. */
  private static final Set<String> REFUSING = WordSets.of("EventExtractor.refusing");

  /** "ready to retaliate": a threat, not an offer. */
  private static final Set<String> THREATENING = WordSets.of("EventExtractor.threatening");

  private static final Set<String> PASSIVE_AUX = WordSets.of("EventExtractor.passive-aux");

  /** Words that make a list of deals earlier ones: "similar deals", "has already signed". */
  private static final Pattern PRECEDENT =
      Pattern.compile(
          "\\b(similar|already|other (countries|states|nations|partners)|previously|so far|to date)\\b");

  private static final Pattern DEALS =
      Pattern.compile("\\b(partnerships?|deals|agreements|memorand\\w*|mous|accords|pacts)\\b");

  private static final Pattern BOTH_SIDES =
      Pattern.compile(
          "\\b(?i:the two|both) (sides|countries|nations|governments|leaders|parties|partners)\\b");

  private static final Pattern ABBREVIATION = Pattern.compile("^\\s*\\([^()]{1,12}\\)\\s*");

  /** Words that introduce the partners of those deals: "with", "including", "such as". */
  private static final Set<String> LIST_INTRO = WordSets.of("EventExtractor.list-intro");

  private static final Set<String> DETERMINERS = WordSets.of("EventExtractor.determiners");

  private EventExtractor() {}

  static Extraction extract(Article article) {
    var reading = new Reading(article);
    for (int s = 0; s < article.sentenceCount(); s++) {
      reading.sentence(s);
    }
    return new Extraction(List.copyOf(reading.found.values()), List.copyOf(reading.actors));
  }

  /** The state of one article's reading. */
  private static final class Reading {
    final Article article;
    final String text;
    final Map<String, Found> found = new LinkedHashMap<>();
    final Set<String> actors = new LinkedHashSet<>();
    final Map<String, String> lastPartner = new HashMap<>();
    final Set<Mention> consumed = new HashSet<>();
    final List<Pending> pending = new ArrayList<>();
    String lastSubject;

    /** The two parties of the last talks or deal: whom "the two sides" means. */
    String[] lastPair;

    /** The party the article opens with: the host when it names a meeting of many. */
    final String convener;

    Reading(Article article) {
      this.article = article;
      this.text = article.text;
      String first = null;
      for (Mention m : article.mentions) {
        if (MentionRoles.party(article, m)) {
          first = Article.actorOf(m);
          break;
        }
      }
      this.convener = first;
    }

    void sentence(int s) {
      List<Mention> ms = article.mentionsIn(s);
      Mention previous = null;
      for (int i = 0; i < ms.size(); i++) {
        Mention t = ms.get(i);
        if (t.kind() != Term.Kind.TRIGGER) {
          continue;
        }
        Mention head = previous;
        previous = t;
        if (consumed.contains(t)) {
          continue;
        }
        if (head != null && HEADS.contains(head.act()) && within(head.end(), t.start(), 3)) {
          continue; // the complement of "threatened to", "refused to", "offered to"
        }
        if (head != null && purpose(t)) {
          continue; // "signed a memorandum to strengthen cooperation": the deal's purpose
        }
        if (head != null && (restrictionObject(head, t) || talksSubject(head, t))) {
          continue; // "lifted the export ban", "dialogue on export controls": no new ban
        }
        if (head != null && isDealNoun(t) && within(head.end(), t.start(), DEAL_OBJECT_WORDS)) {
          continue; // "signed a memorandum", "talks on a deal": the deal is the other act's object
        }
        trigger(ms, i, s);
      }
      settlePending();
      participants(ms, s);
      precedents(ms, s);
    }

    /**
     * "Washington has already signed similar deals with other countries, such as Peru and Chile": a
     * list of earlier deals of the sentence's party, each a signature in the background.
     */
    private void precedents(List<Mention> ms, int s) {
      int parties = 0;
      boolean deal = false;
      for (Mention m : ms) {
        parties += Article.actorOf(m) != null ? 1 : 0;
        deal |= m.act() == EventType.SIGN_AGREEMENT || m.value().equals("minerals-deal");
      }
      if (parties < 2 || !deal) {
        return; // a party, a partner and a deal word at least: most sentences stop here
      }
      String sentence = article.sentenceText(s).toLowerCase(Locale.ROOT);
      if (!PRECEDENT.matcher(sentence).find() || !DEALS.matcher(sentence).find()) {
        return;
      }
      int floor = article.sentences.get(s).start();
      int first = -1;
      for (int j = 0; j < ms.size() && first < 0; j++) {
        if (Article.actorOf(ms.get(j)) != null
            && LIST_INTRO.contains(Words.before(text, phraseStart(ms, j), floor))) {
          first = j;
        }
      }
      if (first < 0) {
        return;
      }
      // the party stands before the list, or after it in "countries ... with which the US has"
      int which = sentence.indexOf("with which");
      int from = which < 0 ? 0 : first + 1;
      int to = which < 0 ? first : ms.size();
      String party = null;
      for (int j = from; j < to && party == null; j++) {
        boolean after = which < 0 || ms.get(j).start() > floor + which;
        if (after && MentionRoles.party(article, ms.get(j))) {
          party = Article.actorOf(ms.get(j));
        }
      }
      String actor = party != null ? party : lastSubject;
      if (actor == null) {
        return;
      }
      List<String> members = new ArrayList<>();
      members.add(Article.actorOf(ms.get(first)));
      for (int k = first; k + 1 < ms.size() && joined(ms.get(k), ms.get(k + 1)); k++) {
        members.add(Article.actorOf(ms.get(k + 1)));
      }
      // the sentence's own reading of "signed" took the earlier deals, or a partner, for news
      found
          .values()
          .removeIf(
              f ->
                  f.sentence() == s
                      && f.event().type() == EventType.SIGN_AGREEMENT
                      && (!f.event().direct()
                          || members.contains(f.event().actor())
                          || members.contains(f.event().target())));
      for (String member : members) {
        add(actor, member, EventType.SIGN_AGREEMENT, s, true, true);
      }
    }

    /** A restriction named by a noun right after the act that lifts or imposes it. */
    private boolean restrictionObject(Mention head, Mention t) {
      return head.act() != null
          && head.act().restriction()
          && !head.term().isNoun()
          && t.act() == EventType.IMPOSE_RESTRICTION
          && t.term().isNoun()
          && within(head.end(), t.start(), 4);
    }

    /** "a dialogue on export controls", "talks over tariffs": what the talks are about. */
    private boolean talksSubject(Mention head, Mention t) {
      return head.act() == EventType.NEGOTIATE
          && t.act() != null
          && t.act().restriction()
          && t.term().isNoun()
          && within(head.end(), t.start(), 3);
    }

    /** "to strengthen cooperation" after another act: the purpose of that act, not an offer. */
    private boolean purpose(Mention t) {
      int floor = article.sentences.get(t.sentence()).start();
      return t.act() == EventType.OFFER_COOPERATION
          && Words.before(text, t.start(), floor).equals("to");
    }

    /**
     * "partners participating in the meeting included: Australia, Canada, Finland...": a meeting
     * with a list of three or more states or organisations is talks between its convener (the
     * article's first party) and each of them.
     */
    private void participants(List<Mention> ms, int s) {
      boolean meeting = false;
      for (Mention m : ms) {
        meeting |= m.kind() == Term.Kind.TRIGGER && MEETINGS.contains(m.term().surface());
      }
      if (!meeting || convener == null) {
        return;
      }
      List<String> list = new ArrayList<>();
      for (int j = 0; j < ms.size(); j++) {
        String actor = Article.actorOf(ms.get(j));
        if (actor == null) {
          continue;
        }
        if (!list.isEmpty() && !joined(previousActor(ms, j), ms.get(j))) {
          if (list.size() >= 3) {
            break;
          }
          list.clear();
        }
        if (list.isEmpty() && !attending(ms, j)) {
          continue; // "the group, which comprises Italy, the US...": members, not participants
        }
        if (!list.contains(actor)) {
          list.add(actor);
        }
      }
      if (list.size() >= 3) {
        boolean background = false;
        for (String member : list) {
          add(convener, member, EventType.NEGOTIATE, s, background, true);
        }
      }
    }

    /** Whether the list starting at mention {@code j} names who took part: "included: A, B". */
    private boolean attending(List<Mention> ms, int j) {
      int floor = article.sentences.get(ms.get(j).sentence()).start();
      int start = phraseStart(ms, j);
      String before = Words.before(text, start, floor);
      return ATTENDING.contains(before)
          || text.substring(floor, start).stripTrailing().endsWith(":");
    }

    private Mention previousActor(List<Mention> ms, int j) {
      for (int k = j - 1; k >= 0; k--) {
        if (Article.actorOf(ms.get(k)) != null) {
          return ms.get(k);
        }
      }
      return ms.get(j);
    }

    private void trigger(List<Mention> ms, int i, int s) {
      Mention t = ms.get(i);
      EventType type = t.act();
      if (type == null || cueBefore(ms, i, "negation", 4) != null) { // "none": no act
        return;
      }
      int limit = article.sentences.get(s).end();
      String next = Words.after(text, t.end(), limit);
      if (TITLE_NOUNS.contains(next) || inName(t)) {
        return; // "finance minister", "Development Finance Corporation": a name, not an act
      }
      type = complementType(t, type, next, limit);
      if (type == EventType.OFFER_COOPERATION && restrictionAfter(ms, i)) {
        return; // "a bill proposing a ban": a restriction proposed, no offer
      }
      boolean demandWord = t.term().surface().equals("demand");
      if (demandWord && (isNoun(ms, i) || marketDemand(ms, i) || DEMAND_AS_NOUN.contains(next))) {
        return; // "rare earth demand", "demand for lithium": a market, not a diplomatic demand
      }
      Mention future = cueBefore(ms, i, "future", 2);
      Mention modal = cueBefore(ms, i, "modal", 3);
      if (modal != null && modal.term().surface().equals("would") && reported(ms, modal)) {
        future = modal; // "said it would suspend": an announced step, not a hypothesis
        modal = null;
      }
      if (type == EventType.SIGN_AGREEMENT && (future != null || modal != null)) {
        type = EventType.NEGOTIATE;
      } else if (modal != null && type != EventType.OFFER_COOPERATION) {
        return;
      } else if (future != null && future.term().surface().equals("to be")) {
        return; // "has to be ratified", "is to be lifted": not yet done
      }
      boolean background = isBackground(ms, i);
      Parties p = parties(ms, i);
      if (p == null) {
        return;
      }
      if (!p.fromPronoun) {
        lastSubject = p.actors.get(0);
      }
      Mention complement = complementFrom(ms, i);
      if (complement != null && p.targets.isEmpty()) {
        // "rejected an offer from Washington": an offer to the subject, and its rejection
        String from = Article.actorOf(ms.get(ms.indexOf(complement) + 1));
        for (String actor : p.actors) {
          add(from, actor, complement.act(), s, background, true);
        }
        p.targets.add(from);
      }
      actors.addAll(p.actors);
      actors.addAll(p.targets);
      boolean twoSided = type.twoSided();
      if (p.targets.isEmpty()
          && !(twoSided && p.actors.size() >= 2)
          && (!isNoun(ms, i) || type.restriction())
          && (PARTNER_FALLBACK.contains(type) || type.restriction())) {
        // no target in the sentence: the party the actor last dealt with, once the sentence is read
        String other = type.restriction() ? otherParty(ms, p.actors.get(0)) : null;
        if (other != null) {
          add(p.actors.get(0), other, type, s, background, false);
          return;
        }
        pending.add(new Pending(p.actors.get(0), type, s, background));
        return;
      }
      // a deal named by a noun ("the US-Congo deal") does not say what was done with it
      boolean stated = !isDealNoun(t);
      for (String[] pair : p.pairs(twoSided)) {
        add(pair[0], pair[1], type, s, background, stated && p.isDirect(pair));
      }
    }

    /**
     * What the word after a trigger makes of it: "ready to fight" is a refusal and "ready to
     * retaliate" a threat, not an offer; "pledged to meet" is an offer, not an investment.
     */
    private EventType complementType(Mention t, EventType type, String next, int limit) {
      if (type == EventType.OFFER_COOPERATION && t.term().surface().endsWith(" to")) {
        if (REFUSING.contains(next)) {
          return EventType.REJECT;
        }
        if (THREATENING.contains(next)) {
          return EventType.THREATEN;
        }
      }
      if (type == EventType.INVEST && next.equals("to")) {
        String verb = Words.after(text, Words.skip(text, t.end(), limit), limit);
        return verb.equals("invest") || verb.equals("fund") ? type : EventType.OFFER_COOPERATION;
      }
      return type;
    }

    /**
     * Whether a capitalised act word stands between two capitalised words of a sentence written in
     * lower case: a part of a name ("the Development Finance Corporation").
     */
    private boolean inName(Mention t) {
      var sentence = article.sentences.get(t.sentence());
      if (t.sentence() == 0 || !Character.isUpperCase(text.charAt(t.start()))) {
        return false;
      }
      int before = t.start() - 1;
      while (before > sentence.start() && text.charAt(before) == ' ') {
        before--;
      }
      int wordStart = before;
      while (wordStart > sentence.start() && Words.isWordChar(text.charAt(wordStart - 1))) {
        wordStart--;
      }
      int after = t.end();
      while (after < sentence.end() && text.charAt(after) == ' ') {
        after++;
      }
      boolean named =
          wordStart < before
              && Character.isUpperCase(text.charAt(wordStart))
              && after < sentence.end()
              && Character.isUpperCase(text.charAt(after));
      return named && !titleCase(sentence);
    }

    /**
     * A headline set in the body: at most two longer words in lower case, where prose, however full
     * of names, has its verbs and nouns.
     */
    private boolean titleCase(SentenceSplitter.Span sentence) {
      int lowerCase = 0;
      int k = sentence.start();
      while (k < sentence.end()) {
        int end = k;
        while (end < sentence.end() && Character.isLetter(text.charAt(end))) {
          end++;
        }
        if (end - k >= 5 && Character.isLowerCase(text.charAt(k))) {
          lowerCase++;
        }
        k = end + 1;
      }
      return lowerCase <= 2;
    }

    /** Whether a restriction is named within three words after trigger {@code i}. */
    private boolean restrictionAfter(List<Mention> ms, int i) {
      for (int j = i + 1; j < ms.size(); j++) {
        Mention m = ms.get(j);
        if (m.kind() == Term.Kind.TRIGGER) {
          return m.act() == EventType.IMPOSE_RESTRICTION && within(ms.get(i).end(), m.start(), 3);
        }
      }
      return false;
    }

    /** The one party of the sentence other than {@code actor}, or null when none or several. */
    private String otherParty(List<Mention> ms, String actor) {
      String other = null;
      for (Mention m : ms) {
        String code = Article.actorOf(m);
        if (code == null || code.equals(actor) || !MentionRoles.party(article, m)) {
          continue;
        }
        if (other != null && !other.equals(code)) {
          return null;
        }
        other = code;
      }
      return other;
    }

    /** Acts whose target is the actor's last partner, settled at the end of their sentence. */
    private void settlePending() {
      for (Pending p : pending) {
        String partner = lastPartner.get(p.actor());
        if (partner != null) {
          add(p.actor(), partner, p.type(), p.sentence(), p.background(), false);
        }
      }
      pending.clear();
    }

    private void add(
        String actor, String target, EventType type, int s, boolean background, boolean direct) {
      if (actor.equals(target)) {
        return;
      }
      actors.add(actor);
      actors.add(target);
      if (type.twoSided() && actor.compareTo(target) > 0) {
        String a = actor;
        actor = target;
        target = a;
      }
      if (!background) { // an earlier deal is no partner for the acts of the news
        lastPartner.put(actor, target);
        lastPartner.put(target, actor);
        if (type.twoSided()) {
          lastPair = new String[] {actor, target};
        }
      }
      String key = actor + '|' + target + '|' + type;
      Found earlier = found.get(key);
      boolean better =
          earlier == null
              || (earlier.event().background() && !background)
              || (earlier.event().background() == background
                  && !earlier.event().direct()
                  && direct);
      if (better) {
        String topic = TopicTagger.topicOf(article, s);
        var event =
            new Event(actor, target, type, topic, article.sentenceText(s), background, direct);
        found.put(key, new Found(event, s)); // news beats history, a stated act an inferred one
      }
    }

    /** "rejected an offer from X": an offer or demand noun right after, with "from X" after it. */
    private Mention complementFrom(List<Mention> ms, int i) {
      Mention t = ms.get(i);
      for (int j = i + 1; j + 1 < ms.size(); j++) {
        Mention c = ms.get(j);
        if (c.kind() != Term.Kind.TRIGGER) {
          continue;
        }
        boolean offerOrDemand =
            c.act() == EventType.OFFER_COOPERATION || c.act() == EventType.DEMAND;
        if (!offerOrDemand || !within(t.end(), c.start(), 3)) {
          return null;
        }
        Mention next = ms.get(j + 1);
        if (Article.actorOf(next) != null
            && within(c.end(), next.start(), 3)
            && Words.before(text, phraseStart(ms, j + 1), c.end()).equals("from")) {
          consumed.add(c);
          return c;
        }
        return null;
      }
      return null;
    }

    private boolean within(int from, int to, int words) {
      int gap = Words.between(text, from, to);
      return gap >= 0 && gap <= words;
    }

    /** The cue of this kind at most {@code words} words before trigger {@code i}, or null. */
    private Mention cueBefore(List<Mention> ms, int i, String cue, int words) {
      Mention t = ms.get(i);
      for (int j = i - 1; j >= 0; j--) {
        Mention m = ms.get(j);
        if (m.kind() == Term.Kind.CUE && m.value().equals(cue) && m.end() <= t.start()) {
          return within(m.end(), t.start(), words - 1) ? m : null;
        }
      }
      return null;
    }

    /** Whether a reporting verb ("said", "told") stands before this mention in its sentence. */
    private boolean reported(List<Mention> ms, Mention before) {
      for (Mention m : ms) {
        if (m.start() >= before.start()) {
          return false;
        }
        if (m.kind() == Term.Kind.CUE && m.value().equals("speech")) {
          return true;
        }
      }
      return false;
    }

    private boolean isBackground(List<Mention> ms, int i) {
      for (Mention m : ms) {
        if (m.kind() != Term.Kind.CUE || !m.value().equals("background")) {
          continue;
        }
        if (!m.term().surface().equals("had")) {
          return true;
        }
        if (m.end() <= ms.get(i).start() && within(m.end(), ms.get(i).start(), 2)) {
          return true;
        }
      }
      return false;
    }

    private Parties parties(List<Mention> ms, int i) {
      Mention t = ms.get(i);
      var p = new Parties();
      int agent = passiveAgent(ms, i);
      if (agent >= 0) {
        p.actors.add(Article.actorOf(ms.get(agent)));
        int patient = patientBefore(ms, i);
        if (patient >= 0 && !p.actors.contains(Article.actorOf(ms.get(patient)))) {
          p.targets.add(Article.actorOf(ms.get(patient)));
        } else {
          targetsAfter(ms, i, p, agent);
        }
        return p;
      }
      boolean noun = isNoun(ms, i);
      if (between(ms, i, p)) {
        return p; // "talks between X and Y", "a memorandum was signed between X and Y"
      }
      if (noun) {
        nounActors(ms, i, p);
      }
      if (p.actors.isEmpty()) {
        int subject = subjectBefore(ms, i);
        if (subject >= 0) {
          p.actors.add(Article.actorOf(ms.get(subject)));
          int other = coordinatedBefore(ms, subject);
          if (other >= 0 && !p.actors.contains(Article.actorOf(ms.get(other)))) {
            p.actors.add(0, Article.actorOf(ms.get(other)));
          }
        } else if (lastPair != null && bothSidesBefore(ms, i)) {
          p.actors.addAll(List.of(lastPair)); // "the two sides agreed": the pair last named
          p.fromPronoun = true;
        } else if (lastSubject != null && pronounBefore(ms, i)) {
          p.actors.add(lastSubject);
          p.fromPronoun = true;
        }
      }
      targetsAfter(ms, i, p, -1);
      if (p.actors.isEmpty() && p.targets.size() >= 2 && noun) {
        p.actors.add(p.targets.remove(0)); // "talks between Washington and Kyiv"
      }
      return p.actors.isEmpty() ? null : p;
    }

    private static boolean isDealNoun(Mention t) {
      return (t.act() == EventType.SIGN_AGREEMENT || t.term().surface().equals("deal"))
          && t.term().isNoun();
    }

    /**
     * "the peace agreement between Rwanda and the Democratic Republic of the Congo": a noun
     * followed by "between X and Y" names its two parties, whoever the sentence's subject is.
     */
    private boolean between(List<Mention> ms, int i, Parties p) {
      Mention t = ms.get(i);
      for (int j = i + 1; j + 1 < ms.size(); j++) {
        Mention first = ms.get(j);
        if (Article.actorOf(first) == null) {
          continue;
        }
        int start = phraseStart(ms, j);
        if (!within(t.end(), start, 4) || !Words.before(text, start, t.end()).equals("between")) {
          return false;
        }
        // "between the Democratic Republic of Congo (DRC) and the United Arab Emirates"
        int k = j + 1;
        while (k + 1 < ms.size() && Article.actorOf(first).equals(Article.actorOf(ms.get(k)))) {
          k++;
        }
        Mention second = ms.get(k);
        String gap = text.substring(first.end(), second.start());
        gap = ABBREVIATION.matcher(gap).replaceAll("").strip();
        if (Article.actorOf(second) == null || !(gap.equals("and") || gap.equals("and the"))) {
          return false;
        }
        p.actors.add(Article.actorOf(first));
        p.targets.add(Article.actorOf(second));
        return !p.actors.get(0).equals(p.targets.get(0));
      }
      return false;
    }

    /**
     * "India's rare earth demands", "growth in demand": demand as a market's, not a state's act.
     */
    private boolean marketDemand(List<Mention> ms, int i) {
      Mention t = ms.get(i);
      int floor = article.sentences.get(t.sentence()).start();
      String before = Words.before(text, t.start(), floor);
      if (MARKET_WORDS.contains(before) || before.endsWith("'s") || before.endsWith("’s")) {
        return true;
      }
      return i > 0
          && ms.get(i - 1).kind() == Term.Kind.TOPIC
          && text.substring(ms.get(i - 1).end(), t.start()).isBlank();
    }

    /** A noun by the gazetteer, or a word used as one: "an offer", "the proposal". */
    private boolean isNoun(List<Mention> ms, int i) {
      Mention t = ms.get(i);
      if (t.term().isNoun() || text.startsWith("ions", t.end() - 4)) {
        return true; // "negotiat*" matched "negotiations"
      }
      int floor = article.sentences.get(t.sentence()).start();
      int at = t.start();
      while (at > floor && Character.isWhitespace(text.charAt(at - 1))) {
        at--;
      }
      int b = at;
      while (b > floor && Character.isLetter(text.charAt(b - 1))) {
        b--;
      }
      for (String d : DETERMINERS) {
        if (d.length() == at - b && text.regionMatches(true, b, d, 0, d.length())) {
          return true;
        }
      }
      return false;
    }

    /** "imposed by Beijing", "were agreed by the two sides": the agent after "by", or -1. */
    private int passiveAgent(List<Mention> ms, int i) {
      Mention t = ms.get(i);
      for (int j = i + 1; j < ms.size(); j++) {
        Mention m = ms.get(j);
        if (Article.actorOf(m) == null) {
          continue;
        }
        if (!within(t.end(), m.start(), 4)
            || !Words.before(text, phraseStart(ms, j), t.end()).equals("by")) {
          return -1;
        }
        int floor = article.sentences.get(m.sentence()).start();
        String aux = Words.before(text, t.start(), floor);
        String aux2 = Words.before(text, Math.max(floor, t.start() - aux.length() - 1), floor);
        boolean participle = Words.after(text, t.end(), m.start()).equals("by");
        boolean passive =
            t.term().isNoun()
                || PASSIVE_AUX.contains(aux)
                || PASSIVE_AUX.contains(aux2)
                || participle;
        return passive ? j : -1;
      }
      return -1;
    }

    /**
     * Where the phrase of mention {@code j} starts: "U.S. Secretary of State Marco Rubio" starts at
     * "U.S.", so that the word before it tells its role.
     */
    private int phraseStart(List<Mention> ms, int j) {
      int k = j;
      while (k > 0) {
        Mention prev = ms.get(k - 1);
        boolean titleLike = prev.kind() == Term.Kind.ROLE || prev.kind() == Term.Kind.ACTOR;
        if (!titleLike || !joinedTitle(prev.end(), ms.get(k).start())) {
          break;
        }
        k--;
      }
      return ms.get(k).start();
    }

    /**
     * Where the list that holds mention {@code j} starts: "to Rwanda, Kenya, and Uganda" starts at
     * "Rwanda", so that "Uganda" is seen as an object of "to" too.
     */
    private int listStart(List<Mention> ms, int j) {
      int k = j;
      while (k > 0
          && Article.actorOf(ms.get(k - 1)) != null
          && joined(ms.get(k - 1), ms.get(k))
          && !opensSentence(ms, k - 1)) {
        k--;
      }
      return phraseStart(ms, k);
    }

    /**
     * "In Washington, Uzbekistan and the USA signed", "During the summit in Washington, ...": the
     * last place of an opening phrase, closed by a comma, is not the head of a list.
     */
    private boolean opensSentence(List<Mention> ms, int k) {
      Mention m = ms.get(k);
      int floor = article.sentences.get(m.sentence()).start();
      String opening = text.substring(floor, m.start());
      String first = Words.after(text, floor, m.start());
      return text.startsWith(",", m.end())
          && opening.indexOf(',') < 0
          && (NOT_SUBJECT_AFTER.contains(first) || first.equals("during"));
    }

    /** "US-brokered", "Russian-occupied", "Chinese-owned": a modifier, not a party. */
    private boolean isModifier(Mention m) {
      int e = m.end();
      return e + 1 < text.length()
          && text.charAt(e) == '-'
          && Character.isLowerCase(text.charAt(e + 1));
    }

    private boolean joinedTitle(int end, int start) {
      String gap = text.substring(end, start);
      return gap.equals(" ") || gap.equals("'s ") || gap.equals("’s ");
    }

    /**
     * The nearest actor before trigger {@code i} that is not the object of a preposition nor in a
     * relative clause ("Denmark, which handles Greenland's foreign policy, backed ..."), or -1.
     */
    private int subjectBefore(List<Mention> ms, int i) {
      Mention t = ms.get(i);
      int floor = article.sentences.get(t.sentence()).start();
      int relativeStart = -1;
      int relativeEnd = -1;
      for (int j = i - 1; j >= 0; j--) {
        Mention m = ms.get(j);
        String v = m.term().surface();
        if (m.kind() == Term.Kind.CUE && (v.equals("which") || v.equals("who"))) {
          int comma = text.lastIndexOf(',', t.start());
          if (comma > m.end()) {
            relativeStart = m.start();
            relativeEnd = comma;
          }
          break;
        }
      }
      boolean noun = isNoun(ms, i);
      for (int j = i - 1; j >= 0; j--) {
        Mention m = ms.get(j);
        if (noun && m.kind() == Term.Kind.CUE && m.value().equals("clause")) {
          return -1; // "proposes a partnership amid discussions": the noun is in another clause
        }
        if (Article.actorOf(m) == null
            || isModifier(m)
            || MentionRoles.companyModifier(article, m)) {
          continue;
        }
        if (m.start() > relativeStart && m.end() <= relativeEnd) {
          continue;
        }
        if (NOT_SUBJECT_AFTER.contains(Words.before(text, listStart(ms, j), floor))) {
          continue;
        }
        return j;
      }
      return -1;
    }

    /**
     * In the passive, the actor acted upon before the verb: the subject ("Japan was hit by curbs
     * imposed by China") or the object of the subject's noun ("curbs on exports to Seoul were
     * imposed by Beijing"), or -1.
     */
    private int patientBefore(List<Mention> ms, int i) {
      int floor = article.sentences.get(ms.get(i).sentence()).start();
      for (int j = i - 1; j >= 0; j--) {
        Mention m = ms.get(j);
        if (Article.actorOf(m) == null || isModifier(m)) {
          continue;
        }
        String before = Words.before(text, phraseStart(ms, j), floor);
        if (!before.equals("by") && !before.equals("from") && !before.equals("in")) {
          return j;
        }
      }
      return -1;
    }

    /** "the US and Ukraine signed": the actor before "and", or -1. */
    private int coordinatedBefore(List<Mention> ms, int subject) {
      int floor = article.sentences.get(ms.get(subject).sentence()).start();
      int start = phraseStart(ms, subject);
      if (!Words.before(text, start, floor).equals("and")) {
        return headlinePair(ms, subject, floor, start);
      }
      for (int j = subject - 1; j >= 0; j--) {
        Mention m = ms.get(j);
        if (m.end() <= start && Article.actorOf(m) != null) {
          return within(m.end(), start, 2) ? j : -1;
        }
      }
      return -1;
    }

    /** "India, Australia Ink Pact": a headline's two parties joined by a comma, or -1. */
    private int headlinePair(List<Mention> ms, int subject, int floor, int start) {
      if (subject == 0 || start < floor || !text.substring(floor, start).strip().endsWith(",")) {
        return -1;
      }
      Mention first = ms.get(subject - 1);
      if (first.end() > start || phraseStart(ms, subject - 1) < floor) {
        return -1;
      }
      boolean opens = text.substring(floor, phraseStart(ms, subject - 1)).isBlank();
      boolean adjacent = text.substring(first.end(), start).strip().equals(",");
      return opens && adjacent && Article.actorOf(first) != null ? subject - 1 : -1;
    }

    /** "the two sides", "both countries" before the act word, in its sentence. */
    private boolean bothSidesBefore(List<Mention> ms, int i) {
      Mention t = ms.get(i);
      int floor = article.sentences.get(t.sentence()).start();
      return BOTH_SIDES.matcher(text.substring(floor, t.start())).find();
    }

    private boolean pronounBefore(List<Mention> ms, int i) {
      for (int j = i - 1; j >= 0; j--) {
        Mention m = ms.get(j);
        if (m.kind() == Term.Kind.CUE && m.value().equals("pronoun")) {
          return true;
        }
      }
      return false;
    }

    /** A noun's actor: "China's curbs", "Chinese curbs", "US-Ukraine talks", "pressure from X". */
    private void nounActors(List<Mention> ms, int i, Parties p) {
      Mention t = ms.get(i);
      int floor = article.sentences.get(t.sentence()).start();
      for (int j = i - 1; j >= 0; j--) {
        Mention m = ms.get(j);
        if (Article.actorOf(m) == null) {
          continue;
        }
        String before = Words.before(text, phraseStart(ms, j), floor);
        // "respond to Chinese export curbs": an adjective or possessive owns the noun after any
        // preposition
        boolean owner = "adjective".equals(m.term().detail()) || possessive(m);
        if (within(m.end(), t.start(), 3) && (owner || !NOT_SUBJECT_AFTER.contains(before))) {
          p.actors.add(Article.actorOf(m));
          // "US-Ukraine talks": two actors joined by a hyphen or slash
          if (j > 0
              && Article.actorOf(ms.get(j - 1)) != null
              && m.start() - ms.get(j - 1).end() == 1) {
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
        String before = Words.before(text, phraseStart(ms, j), t.end());
        if (within(t.end(), m.start(), 4) && (before.equals("from") || before.equals("by"))) {
          p.actors.add(Article.actorOf(m));
        }
        return;
      }
    }

    private boolean possessive(Mention m) {
      return text.startsWith("'s ", m.end()) || text.startsWith("’s ", m.end());
    }

    /** The targets after trigger {@code i}, up to the end of its clause. */
    private void targetsAfter(List<Mention> ms, int i, Parties p, int skip) {
      Mention t = ms.get(i);
      boolean noun = isNoun(ms, i);
      boolean invest = t.act() == EventType.INVEST;
      boolean restriction = t.act() != null && t.act().restriction();
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
        if (j == skip || p.actors.contains(actor) || p.targets.contains(actor)) {
          anchor = Math.max(anchor, m.end());
          continue;
        }
        if (isModifier(m) || MentionRoles.dependence(article, m)) {
          continue; // "to lessen dependence on China": the supplier relied on is no target
        }
        if (m.start() - t.end() > 160 || hasBreak(t.end(), m.start())) {
          return;
        }
        int words = Words.between(text, anchor, m.start());
        if (noun && (words < 0 || words > 4)) {
          return; // a noun's parties stand right after it: "talks with Kyiv"
        }
        int start = phraseStart(ms, j);
        String before = Words.before(text, start, t.end());
        boolean object = !noun && before.isEmpty() && within(t.end(), start, 2);
        object |= objectOfComplement(ms, j, start); // "ready to offer American companies"
        // "a ban on imports of Russian uranium": the adjective names whom a restriction targets
        boolean restricted =
            restriction
                && "adjective".equals(m.term().detail())
                && before.equals("of")
                && within(t.end(), start, 5);
        if (TARGET_AFTER.contains(before)
            || object
            || restricted
            || (invest && before.equals("in"))) {
          if (before.equals("and") && p.targets.isEmpty()) {
            continue;
          }
          p.targets.add(actor);
          int k = j;
          while (k + 1 < ms.size() && joined(ms.get(k), ms.get(k + 1))) {
            String next = Article.actorOf(ms.get(++k));
            if (!p.actors.contains(next) && !p.targets.contains(next)) {
              p.targets.add(next);
            }
          }
          return;
        }
      }
    }

    /** Whether mention {@code j} is the object of another act word right before it. */
    private boolean objectOfComplement(List<Mention> ms, int j, int start) {
      for (int k = j - 1; k >= 0; k--) {
        Mention m = ms.get(k);
        if (m.kind() == Term.Kind.TRIGGER) {
          return m.end() <= start && within(m.end(), start, 2) && !isNoun(ms, k);
        }
        if (m.kind() != Term.Kind.CUE) {
          return false;
        }
      }
      return false;
    }

    /** Whether actor {@code b} is listed with {@code a}: "with Japan and Australia". */
    private boolean joined(Mention a, Mention b) {
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

    private boolean hasBreak(int from, int to) {
      for (int k = from; k < to; k++) {
        char c = text.charAt(k);
        if (c == '(' && Words.isAbbreviation(text, k)) {
          k = text.indexOf(')', k); // "a memorandum of understanding (MoU) with Uzbekistan"
          continue;
        }
        if (c == ';' || c == '—' || c == '–' || c == '(') {
          return true;
        }
      }
      return false;
    }
  }

  /** The actors and targets of an act. */
  private static final class Parties {
    final List<String> actors = new ArrayList<>(2);
    final List<String> targets = new ArrayList<>(2);
    boolean fromPronoun;

    /**
     * Whether the sentence states this pair as the act's own subject and object: the first actor
     * and the first target, not a pronoun's referent nor a later member of a list.
     */
    boolean isDirect(String[] pair) {
      if (fromPronoun || !pair[0].equals(actors.get(0))) {
        return false;
      }
      return targets.isEmpty() ? actors.size() >= 2 : pair[1].equals(targets.get(0));
    }

    List<String[]> pairs(boolean twoSided) {
      var out = new ArrayList<String[]>();
      if (twoSided && targets.isEmpty() && actors.size() >= 2) {
        out.add(new String[] {actors.get(0), actors.get(1)});
        return out;
      }
      for (String a : actors) {
        for (String t : targets) {
          out.add(new String[] {a, t});
        }
      }
      return out;
    }
  }
}
