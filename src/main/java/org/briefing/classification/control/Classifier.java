package org.briefing.classification.control;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.briefing.classification.entity.Classification;

/**
 * Reads an article's title and body and labels it with topics, actors, people and events. Plain
 * Java: no server needed. Thread-safe once built; build it once and share it.
 *
 * <p>One pass splits the text into sentences ({@link SentenceSplitter}); one Aho-Corasick pass
 * finds every gazetteer term ({@link Gazetteer}); then people are completed ({@link
 * ActorResolver}), acts extracted ({@link EventExtractor}), topics tagged ({@link TopicTagger}) and
 * relevance scored ({@link RelevanceScorer}).
 */
public final class Classifier {

  private final Gazetteer gazetteer;

  private Classifier(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  /** A classifier with the gazetteer shipped on the class path. */
  public static Classifier fromClasspath() {
    return load(null);
  }

  /**
   * A classifier with the gazetteer shipped on the class path plus the files of the same names (see
   * {@code gazetteer/README.md}) in {@code extraGazetteerDir}, when it is not null.
   */
  public static Classifier load(Path extraGazetteerDir) {
    return new Classifier(Gazetteer.load(extraGazetteerDir));
  }

  /** How many phrases the gazetteer holds. */
  public int gazetteerSize() {
    return gazetteer.termCount();
  }

  /**
   * The actor code a person means by a code or a name, in any case: "ru", "Russia" and "Moscow"
   * give RU; empty when the gazetteer knows no such actor.
   */
  public Optional<String> actorCode(String codeOrName) {
    return gazetteer.actor(codeOrName);
  }

  /** Every state's and organisation's usual name by its code: US is "United States". */
  public java.util.Map<String, String> actorNames() {
    return gazetteer.actorNames();
  }

  public Classification classify(String title, String body) {
    Article article = Article.read(gazetteer, title, body);
    article = article.withMentions(ActorResolver.unknownPeople(article));
    EventExtractor.Extraction extraction = EventExtractor.extract(article);
    RelevanceScorer.Result relevance = RelevanceScorer.score(article, extraction.found());
    List<String> actors = ActorSelector.actors(article, extraction.actors());
    return new Classification(
        relevance.relevant(),
        relevance.score(),
        TopicTagger.topics(article, extraction.found(), actors.size()),
        actors,
        ActorResolver.people(article),
        extraction.events(),
        relevance.reasons());
  }
}
