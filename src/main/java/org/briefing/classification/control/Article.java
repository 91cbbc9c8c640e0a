package org.briefing.classification.control;

import java.util.ArrayList;
import java.util.List;

/**
 * An article read once: its text (title, then body), its sentences and every gazetteer term in it,
 * each tagged with its sentence. The title is sentence 0.
 */
final class Article {

  final String text;
  final List<SentenceSplitter.Span> sentences;
  final List<Mention> mentions;

  /** Index into {@link #mentions} of each sentence's first mention; one extra entry at the end. */
  final int[] firstMention;

  /** Whether each sentence names a mineral, a generic minerals term or a minerals context word. */
  final boolean[] aboutMinerals;

  private Article(String text, List<SentenceSplitter.Span> sentences, List<Mention> mentions) {
    this.text = text;
    this.sentences = sentences;
    this.mentions = mentions;
    this.firstMention = new int[sentences.size() + 1];
    this.aboutMinerals = new boolean[sentences.size()];
    int m = 0;
    for (int s = 0; s < sentences.size(); s++) {
      firstMention[s] = m;
      while (m < mentions.size() && mentions.get(m).sentence() == s) {
        Mention mention = mentions.get(m);
        if (mention.kind() == Term.Kind.TOPIC && !TopicTagger.isPolicy(mention.value())) {
          aboutMinerals[s] = true;
        }
        m++;
      }
    }
    firstMention[sentences.size()] = mentions.size();
  }

  /** Reads an article: one pass for sentences, one Aho-Corasick pass for terms. */
  static Article read(Gazetteer gazetteer, String title, String body) {
    String t = title == null ? "" : title.strip();
    String b = body == null ? "" : body;
    String text = t.isEmpty() ? b : t + "\n\n" + b;
    var sentences = new ArrayList<SentenceSplitter.Span>();
    if (!t.isEmpty()) {
      sentences.add(new SentenceSplitter.Span(0, t.length()));
      for (var span : SentenceSplitter.split(b)) {
        int offset = t.length() + 2;
        sentences.add(new SentenceSplitter.Span(span.start() + offset, span.end() + offset));
      }
    } else {
      sentences.add(new SentenceSplitter.Span(0, 0)); // no title
      sentences.addAll(SentenceSplitter.split(b));
    }
    int[] starts = new int[sentences.size()];
    int[] ends = new int[sentences.size()];
    for (int s = 0; s < starts.length; s++) {
      starts[s] = sentences.get(s).start();
      ends[s] = sentences.get(s).end();
    }
    return new Article(text, sentences, gazetteer.scan(text, starts, ends));
  }

  /** The same article with more mentions (people found by pattern), kept in order. */
  Article withMentions(List<Mention> extra) {
    if (extra.isEmpty()) {
      return this;
    }
    var all = new ArrayList<Mention>(mentions.size() + extra.size());
    all.addAll(mentions);
    for (Mention e : extra) {
      all.removeIf(m -> m.term().isEntity() && m.start() < e.end() && e.start() < m.end());
      all.add(e);
    }
    all.sort(
        (a, b) ->
            a.start() != b.start() ? Integer.compare(a.start(), b.start()) : b.end() - a.end());
    return new Article(text, sentences, withSentences(all, sentences));
  }

  private static List<Mention> withSentences(
      List<Mention> mentions, List<SentenceSplitter.Span> sentences) {
    var out = new ArrayList<Mention>(mentions.size());
    int s = 0;
    for (Mention m : mentions) {
      while (s < sentences.size() - 1 && m.start() >= sentences.get(s).end()) {
        s++;
      }
      if (m.start() >= sentences.get(s).start() && m.end() <= sentences.get(s).end()) {
        out.add(new Mention(m.start(), m.end(), m.term(), s));
      }
    }
    return out;
  }

  int sentenceCount() {
    return sentences.size();
  }

  List<Mention> mentionsIn(int sentence) {
    return mentions.subList(firstMention[sentence], firstMention[sentence + 1]);
  }

  String sentenceText(int sentence) {
    var span = sentences.get(sentence);
    return text.substring(span.start(), span.end());
  }

  boolean hasTitle() {
    return sentences.get(0).end() > 0;
  }

  /** The actor a mention stands for: a state or organisation code, or a person's; else null. */
  static String actorOf(Mention m) {
    return switch (m.kind()) {
      case ACTOR -> m.value();
      case PERSON -> m.term().detail();
      default -> null;
    };
  }
}
