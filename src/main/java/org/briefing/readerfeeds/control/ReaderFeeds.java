package org.briefing.readerfeeds.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.briefing.classification.entity.Vocabulary;
import org.briefing.digest.control.BriefingContents;
import org.briefing.digest.control.BriefingItems;
import org.briefing.digest.control.ChangeLine;
import org.briefing.digest.control.DigestComposer;
import org.briefing.subscriptions.control.Subscriptions;
import org.briefing.subscriptions.entity.Frequency;
import org.briefing.subscriptions.entity.Subscription;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The feeds as documents: a reader's private feed carries what their digests carry (the changes and
 * stories matching their topics and actors, chosen by {@link BriefingContents}) over the last week;
 * a topic's public feed its changes, while the operator allows it. Empty when there is no such
 * feed, whatever the reason, so that the answer tells nothing.
 */
@ApplicationScoped
public class ReaderFeeds {

  /** As far back as a weekly digest looks. */
  static final Duration WINDOW = Frequency.WEEKLY.period();

  /** Entries of each kind in one document, as many as a digest shows in full. */
  static final int MAX_ENTRIES = DigestComposer.CAP * 2;

  /** Changes read for one document before the reader's choices are applied. */
  static final int CHANGES_READ = 1000;

  @Inject Subscriptions subscriptions;
  @Inject BriefingItems items;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "app.base.url", defaultValue = "http://localhost:9080")
  String baseUrl;

  /** PUBLIC_TOPIC_FEEDS: off unless the operator turns the topics' public feeds on. */
  @Inject
  @ConfigProperty(name = "public.topic.feeds", defaultValue = "false")
  boolean publicTopicFeeds;

  /** The private feed a token opens, if it opens one. */
  public Optional<AtomFeeds.Document> briefing(String token) {
    Optional<Subscription> found = subscriptions.byFeedToken(token);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Subscription s = found.get();
    Instant since = Instant.now(clock).minus(WINDOW);
    List<String> topics = s.topics();
    List<String> actors = s.actors();
    BriefingContents contents =
        BriefingContents.forReader(
            topics,
            actors,
            items.latestChanges(since, CHANGES_READ),
            items.latestArticles(topics, actors, since, MAX_ENTRIES * 4));
    BriefingContents shown =
        new BriefingContents(
            contents.changes().stream().limit(MAX_ENTRIES).toList(),
            contents.stories().stream().limit(MAX_ENTRIES).toList());
    AtomFeeds.Head head =
        new AtomFeeds.Head(
            feedId(s.id()),
            "Briefing Gateway: "
                + subscriptions.topicsInWords(s)
                + "; "
                + subscriptions.actorsInWords(s),
            subscriptions.feedUrl(s).orElseThrow(),
            baseUrl + "/api/articles/",
            s.confirmedAt() != null ? s.confirmedAt() : Instant.EPOCH);
    return Optional.of(AtomFeeds.briefing(head, shown));
  }

  /** A topic's public feed of changes, if the operator allows them and the topic is one of ours. */
  public Optional<AtomFeeds.Document> topic(String topic) {
    if (!publicTopicFeeds || topic == null || !Vocabulary.isTopic(topic)) {
      return Optional.empty();
    }
    Instant since = Instant.now(clock).minus(WINDOW);
    List<ChangeLine> changes =
        BriefingContents.of(
                BriefingContents.matchingChanges(
                    List.of(topic), List.of(), items.latestChanges(since, CHANGES_READ)),
                List.of())
            .changes();
    AtomFeeds.Head head =
        new AtomFeeds.Head(
            AtomFeeds.id("topic", topic),
            "Briefing Gateway: changes in " + Vocabulary.label(topic),
            baseUrl + "/api/atom/topics/" + topic,
            baseUrl + "/api/articles/",
            Instant.EPOCH);
    return Optional.of(AtomFeeds.changes(head, changes.stream().limit(MAX_ENTRIES).toList()));
  }

  /**
   * A reader's feed keeps its id through resets of its link; a name-based UUID, so that the id does
   * not spell out the subscription's.
   */
  static String feedId(String subscriptionId) {
    return AtomFeeds.id(
        "briefings",
        UUID.nameUUIDFromBytes(("feed\n" + subscriptionId).getBytes(StandardCharsets.UTF_8))
            .toString());
  }
}
