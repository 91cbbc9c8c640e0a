package org.briefing.ledger.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.UUID;
import java.util.logging.Logger;
import org.briefing.articles.entity.Article;
import org.briefing.articles.entity.ArticleStatus;
import org.briefing.classification.entity.Classification;
import org.briefing.classification.entity.ClassificationJson;
import org.briefing.classification.entity.Event;
import org.briefing.classification.entity.Vocabulary;
import org.briefing.ledger.entity.Change;
import org.briefing.ledger.entity.ChangeSource;
import org.briefing.ledger.entity.LedgerArticle;
import org.briefing.ledger.entity.LedgerEvent;
import org.briefing.ledger.entity.LedgerState;
import org.briefing.ledger.entity.PairState;
import org.briefing.ledger.entity.PairTopic;

/**
 * Reads a classified article's events into the ledger, in the article's publication time, and
 * records each change they make. Once per article: the ledger remembers what it has read.
 */
@ApplicationScoped
public class Ledger {

  private static final Logger LOG = Logger.getLogger(Ledger.class.getName());

  /** Another outlet reporting the same act within this time adds a source, not a change. */
  static final Duration SAME_STORY = Duration.ofDays(7);

  @PersistenceContext EntityManager em;
  @Inject LedgerEvents events;
  @Inject Clock clock;
  @Inject org.briefing.pipeline.control.PipelineMetrics metrics;

  @Transactional
  public void record(String articleId) {
    recordAll(List.of(articleId));
  }

  /** An article waiting to be read, with the acts it reports (background first). */
  private record Pending(Article article, Classification classification, List<Event> acts) {}

  /**
   * Reads a batch of classified articles, in the order given, in one transaction, and tells the
   * alert matcher about them in one message. Articles read before (a redelivered message) are
   * skipped.
   */
  @Transactional
  public void recordAll(List<String> articleIds) {
    Set<String> readBefore =
        new HashSet<>(
            em.createNamedQuery(LedgerArticle.READ_OF, String.class)
                .setParameter("ids", articleIds)
                .getResultList());
    Map<String, Article> byId = new HashMap<>();
    em.createNamedQuery(Article.BY_IDS, Article.class)
        .setParameter("ids", articleIds)
        .getResultList()
        .forEach(a -> byId.put(a.id(), a));
    List<Pending> pending = new ArrayList<>();
    for (String articleId : articleIds) {
      if (readBefore.contains(articleId)) {
        continue;
      }
      Article article = byId.get(articleId);
      if (article == null || article.status() == ArticleStatus.QUEUED) {
        throw new IllegalStateException("article=" + articleId + " is not classified (yet)");
      }
      pending.add(pending(article));
    }
    Map<PairTopic, LedgerState> states = lockInOrder(pending);
    BatchReading batch = new BatchReading(states, lastChanges(states));
    Instant now = Instant.now(clock);
    List<LedgerEvents.Read> read = new ArrayList<>();
    StringJoiner logLine = new StringJoiner("; ");
    for (Pending p : pending) {
      String articleId = p.article().id();
      em.persist(new LedgerArticle(articleId, now));
      List<String> changeIds = new ArrayList<>();
      ArticleReading reading = new ArticleReading();
      for (Event event : p.acts()) {
        String changeId =
            apply(p.article(), event, ledgerTopic(event, p.classification()), now, reading, batch);
        if (changeId != null) {
          changeIds.add(changeId);
        }
      }
      if (Boolean.TRUE.equals(p.article().relevant()) || !changeIds.isEmpty()) {
        read.add(new LedgerEvents.Read(articleId, changeIds)); // an irrelevant one alerts nobody
      }
      logLine.add("article=" + articleId + " ledger: " + changeIds.size() + " change(s)");
    }
    if (logLine.length() > 0) {
      LOG.info(logLine::toString); // one line a batch, naming each article
    }
    if (!read.isEmpty()) {
      events.recorded(read);
    }
  }

  private static Pending pending(Article article) {
    if (!Boolean.TRUE.equals(article.relevant())) {
      return new Pending(article, null, List.of());
    }
    Classification classification = ClassificationJson.read(article.classificationJson());
    // Background first: it is what was true before this article's news.
    List<Event> ordered = new ArrayList<>(classification.events());
    ordered.sort(Comparator.comparing(e -> !e.background()));
    ordered.removeIf(e -> e.actor().equals(e.target()) || e.type() == null);
    return new Pending(article, classification, ordered);
  }

  /**
   * Several ledger sessions read batches at once; each batch locks the states its articles will
   * touch before it touches any, in one query sorted by key, so that two batches about the same
   * pairs wait for each other instead of deadlocking. The query names each pair and topic, so that
   * a batch locks (and the persistence context tracks) only the states it reads: taking every topic
   * of the batch's pairs locked six times as many in the benchmark. (A state that does not exist
   * yet cannot be locked: two first contacts at once meet at the primary key, and the loser is
   * redelivered.)
   */
  private Map<PairTopic, LedgerState> lockInOrder(List<Pending> batch) {
    Set<PairTopic> wanted = new HashSet<>();
    batch.forEach(
        p ->
            p.acts()
                .forEach(
                    e ->
                        wanted.add(
                            new PairTopic(
                                PairTopic.pairKey(e.actor(), e.target()),
                                ledgerTopic(e, p.classification())))));
    Map<PairTopic, LedgerState> locked = new HashMap<>();
    if (wanted.isEmpty()) {
      return locked;
    }
    StringJoiner keys = new StringJoiner(", ");
    wanted.forEach(k -> keys.add("(?, ?)"));
    Query query =
        em.createNativeQuery(
            "SELECT * FROM ledger_state WHERE (pair_key, topic) IN ("
                + keys
                + ") ORDER BY pair_key, topic FOR UPDATE",
            LedgerState.class);
    int position = 1;
    for (PairTopic key : wanted) {
      query.setParameter(position++, key.pairKey());
      query.setParameter(position++, key.topic());
    }
    for (Object row : query.getResultList()) {
      LedgerState state = (LedgerState) row;
      locked.put(new PairTopic(state.pairKey(), state.topic()), state);
    }
    return locked;
  }

  /**
   * The act and time of each locked state's last change, in one query: the batch compares later
   * reports of the same act with them.
   */
  private Map<String, Optional<ChangeFacts>> lastChanges(Map<PairTopic, LedgerState> states) {
    List<String> ids =
        states.values().stream()
            .map(LedgerState::lastChangeId)
            .filter(java.util.Objects::nonNull)
            .distinct()
            .toList();
    Map<String, Optional<ChangeFacts>> facts = new HashMap<>();
    if (!ids.isEmpty()) {
      ids.forEach(id -> facts.put(id, Optional.empty()));
      em.createNamedQuery(Change.TYPE_AND_TIME_OF, Object[].class)
          .setParameter("ids", ids)
          .getResultList()
          .forEach(
              row ->
                  facts.put(
                      (String) row[0],
                      Optional.of(new ChangeFacts((String) row[1], (Instant) row[2]))));
    }
    return facts;
  }

  /**
   * What one article has done to the ledger so far: the state of each pair before its news, and the
   * pairs it has already changed. An article's acts are measured against the state before it, so
   * that two acts in one story (a demand and talks) are not a turn, and one article makes at most
   * one change per pair and topic.
   */
  /**
   * What a batch has read so far: its pair-and-topic states (locked; those it creates are added),
   * and the act and time of each change it has looked at or made.
   */
  private record BatchReading(
      Map<PairTopic, LedgerState> states, Map<String, Optional<ChangeFacts>> changes) {}

  /** The act a change recorded and when it happened. */
  private record ChangeFacts(String toType, Instant happenedAt) {}

  private static final class ArticleReading {
    final Map<PairTopic, PairState> before = new HashMap<>();
    final Set<PairTopic> changed = new HashSet<>();
    final Set<String> sourced = new HashSet<>();
  }

  /**
   * Another outlet reporting the act of the pair's last change within {@link #SAME_STORY}: the
   * article becomes one more source of that change. Reads only the two columns it needs and inserts
   * the source row: loading the change would load every source it already has, thousands for a
   * story every outlet carries, for each article that adds one.
   */
  private void addSourceIfSameStory(
      String changeId,
      Article article,
      String type,
      Instant at,
      ArticleReading reading,
      BatchReading batch) {
    Optional<ChangeFacts> last = batch.changes().computeIfAbsent(changeId, this::changeFacts);
    if (last.isEmpty()) {
      return;
    }
    if (last.get().toType().equals(type) && !at.isAfter(last.get().happenedAt().plus(SAME_STORY))) {
      reading.sourced.add(changeId);
      em.persist(source(changeId, article));
    }
  }

  private Optional<ChangeFacts> changeFacts(String changeId) {
    return em.createNamedQuery(Change.TYPE_AND_TIME_OF, Object[].class)
        .setParameter("ids", List.of(changeId))
        .getResultStream()
        .findFirst()
        .map(row -> new ChangeFacts((String) row[1], (Instant) row[2]));
  }

  /** Applies one act to the state of its pair and topic. */
  private String apply(
      Article article,
      Event event,
      String topic,
      Instant now,
      ArticleReading reading,
      BatchReading batch) {
    Instant at = event.background() ? article.storyTime().minusMillis(1) : article.storyTime();
    PairTopic key = new PairTopic(PairTopic.pairKey(event.actor(), event.target()), topic);
    LedgerState state = batch.states().get(key);
    boolean fresh = state == null;
    if (fresh) {
      // Two first contacts at once: one insert wins, the other's transaction is redelivered.
      state = new LedgerState(key.pairKey(), topic);
    }
    PairState before = state.rules();
    // Only an act the article states as its news is announced; history and acts inferred from
    // context (a pronoun, a list, a meeting's participants) set the state without a word.
    boolean announce = !event.background() && event.direct();
    LedgerRules.Outcome outcome = LedgerRules.apply(before, event.type(), at, !announce);
    if (announce) {
      PairState articleStart = reading.before.computeIfAbsent(key, k -> before);
      Optional<LedgerRules.Kind> change =
          reading.changed.contains(key)
              ? Optional.empty()
              : LedgerRules.apply(articleStart, event.type(), at, false).change();
      outcome = new LedgerRules.Outcome(outcome.state(), change);
    }
    String changeId = null;
    if (outcome.change().isPresent()) {
      reading.changed.add(key);
      changeId = UUID.randomUUID().toString();
      Change change =
          new Change(
              changeId,
              at,
              now,
              event.actor(),
              event.target(),
              topic,
              reading.before.getOrDefault(key, before).lastType(),
              event.type().word(),
              outcome.change().get().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
              article.id(),
              event.evidence(),
              ChangeSummary.of(
                  event.actor(),
                  event.target(),
                  topic,
                  reading.before.getOrDefault(key, before).lastType(),
                  event.type().word(),
                  outcome.change().get()));
      change.addSource(source(changeId, article));
      reading.sourced.add(changeId); // its source already: not again for a later act of the story
      batch.changes().put(changeId, Optional.of(new ChangeFacts(event.type().word(), at)));
      em.persist(change);
      metrics.changeFound();
      state.changed(changeId);
    } else if (!event.background()
        && state.lastChangeId() != null
        && !reading.sourced.contains(state.lastChangeId())) {
      addSourceIfSameStory(state.lastChangeId(), article, event.type().word(), at, reading, batch);
    }
    // An inferred act goes into the timeline only: a state built on guesses would hide the stated
    // act that comes later ("talks on an agreement" is no signature).
    if (event.direct() && !outcome.state().equals(before)) {
      state.update(outcome.state(), article.id());
      if (fresh) {
        em.persist(state);
        batch.states().put(key, state); // the batch's next act on this pair and topic finds it
      }
    }
    em.persist(
        new LedgerEvent(
            UUID.randomUUID().toString(),
            article.id(),
            at,
            event.actor(),
            event.target(),
            topic,
            event.type().word(),
            event.background(),
            truncate(event.evidence(), 4000),
            changeId));
    return changeId;
  }

  private static ChangeSource source(String changeId, Article article) {
    return new ChangeSource(
        changeId,
        article.id(),
        article.title(),
        article.url(),
        article.source(),
        article.publishedAt());
  }

  /**
   * The topic the ledger files an event under: its own, when that is a mineral; otherwise (no
   * topic, or a policy area such as mining-concessions) the article's first mineral, so that the
   * acts of one story between the same two actors meet on one topic.
   */
  public static String ledgerTopic(Event event, Classification classification) {
    boolean specific =
        event.topic() != null
            && Vocabulary.MINERALS.contains(event.topic())
            && !GENERIC.equals(event.topic());
    // "Rare Mineral Collaboration" in a story about rare earths is about rare earths
    return specific ? event.topic() : primaryTopic(classification);
  }

  private static final String GENERIC = "critical-minerals-general";

  /** The article's first specific mineral, else its generic minerals topic, else its first. */
  static String primaryTopic(Classification classification) {
    return classification.topics().stream()
        .filter(t -> Vocabulary.MINERALS.contains(t) && !GENERIC.equals(t))
        .findFirst()
        .or(() -> classification.topics().stream().filter(GENERIC::equals).findFirst())
        .or(() -> classification.topics().stream().findFirst())
        .orElse(GENERIC);
  }

  private static String truncate(String text, int max) {
    return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
