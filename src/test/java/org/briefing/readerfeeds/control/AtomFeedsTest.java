package org.briefing.readerfeeds.control;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.briefing.digest.control.BriefingContents;
import org.briefing.digest.control.ChangeLine;
import org.briefing.digest.control.DigestArticle;
import org.junit.jupiter.api.Test;

/** Briefings as Atom 1.0, read back with ROME as a feed reader would. */
class AtomFeedsTest {

  private static final String SELF = "https://briefing.example/api/atom/briefings?token=T";
  private static final String ARTICLES = "https://briefing.example/api/articles/";
  private static final Instant CONFIRMED = Instant.parse("2025-02-01T08:00:00Z");

  private static final AtomFeeds.Head HEAD =
      new AtomFeeds.Head(
          AtomFeeds.id("briefings", "f1"),
          "Briefing Gateway: Rare earths",
          SELF,
          ARTICLES,
          CONFIRMED);

  private static ChangeLine change() {
    return new ChangeLine(
        "c1",
        Instant.parse("2025-02-25T10:00:00Z"),
        Instant.parse("2025-02-25T10:01:02.345Z"),
        "RU",
        "US",
        "rare-earths",
        null,
        "offer-cooperation",
        "first-contact",
        "First contact on rare earths: RU → US, offer of cooperation",
        "Putin said Russia was ready to offer <joint> projects & more\u0001.",
        List.of(
            new ChangeLine.Source("a1", "Putin offers rare earths", null, "Wire A"),
            new ChangeLine.Source(
                "a2", "Kremlin rare earth offer", "https://news.example/a2", "Wire B")));
  }

  private static DigestArticle article(String id, String title, String source) {
    return new DigestArticle(
        id,
        title,
        "https://news.example/" + id,
        source,
        Instant.parse("2025-02-24T10:00:00Z"),
        Instant.parse("2025-02-25T11:00:00Z"),
        0.9,
        List.of("rare-earths"),
        List.of("RU", "US"),
        List.of("RU → US: offer-cooperation (rare-earths)"));
  }

  private static Feed read(String xml) throws Exception {
    WireFeedInput input = new WireFeedInput();
    return (Feed) input.build(new StringReader(xml));
  }

  @Test
  void aBriefingIsAnAtomFeedWithAnEntryPerChangeAndPerStory() throws Exception {
    BriefingContents contents =
        BriefingContents.of(
            List.of(change()),
            List.of(
                article("a1", "Kremlin offers Washington rare earth deals", "Wire A"),
                article("a3", "Kremlin offers Washington rare earth deals", "Wire C")));

    AtomFeeds.Document document = AtomFeeds.briefing(HEAD, contents);
    Feed feed = read(document.xml());

    assertThat(document.xml()).contains("xmlns=\"http://www.w3.org/2005/Atom\"");
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(feed.getId()).isEqualTo("tag:briefing-gateway,2025:briefings:f1");
    assertThat(feed.getTitleEx().getValue()).isEqualTo("Briefing Gateway: Rare earths");
    assertThat(feed.getAuthors()).extracting(p -> p.getName()).containsExactly("Briefing Gateway");
    assertThat(feed.getOtherLinks())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.getRel()).isEqualTo("self");
              assertThat(l.getHref()).isEqualTo(SELF);
              assertThat(l.getType()).isEqualTo(AtomFeeds.MEDIA_TYPE);
            });
    assertThat(feed.getUpdated().toInstant())
        .as("the newest entry, in whole seconds")
        .isEqualTo(Instant.parse("2025-02-25T11:00:00Z"))
        .isEqualTo(document.updated());
    assertThat(feed.getEntries()).hasSize(2); // one story from two outlets

    Entry change = feed.getEntries().get(0);
    assertThat(change.getId()).isEqualTo("tag:briefing-gateway,2025:change:c1");
    assertThat(change.getTitleEx().getValue()).startsWith("First contact on rare earths");
    assertThat(change.getUpdated().toInstant()).isEqualTo(Instant.parse("2025-02-25T10:01:02Z"));
    assertThat(change.getPublished().toInstant()).isEqualTo(Instant.parse("2025-02-25T10:00:00Z"));
    assertThat(change.getAlternateLinks())
        .extracting(Link::getHref)
        .containsExactly(ARTICLES + "a1"); // a source without a link of its own
    assertThat(change.getOtherLinks())
        .extracting(Link::getRel, Link::getHref)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("related", "https://news.example/a2"));
    assertThat(change.getSummary().getValue())
        .contains("RU → US, rare-earths: first contact → offer-cooperation.")
        .contains("offer <joint> projects & more.") // escaped by ROME, the control character gone
        .endsWith("Reported by Wire A, Wire B.");
    assertThat(change.getCategories()).extracting(c -> c.getTerm()).contains("rare-earths");

    Entry story = feed.getEntries().get(1);
    assertThat(story.getId()).isEqualTo("tag:briefing-gateway,2025:article:a1");
    assertThat(story.getTitleEx().getValue())
        .isEqualTo("Kremlin offers Washington rare earth deals");
    assertThat(story.getAlternateLinks())
        .extracting(Link::getHref)
        .containsExactly("https://news.example/a1");
    assertThat(story.getOtherLinks())
        .extracting(Link::getHref)
        .containsExactly("https://news.example/a3");
    assertThat(story.getAuthors()).extracting(p -> p.getName()).containsExactly("Wire A");
    assertThat(story.getSummary().getValue())
        .contains("Topics: rare-earths.", "RU → US: offer-cooperation", "Also in: Wire C.");
  }

  @Test
  void theSameItemsMakeTheSameDocumentAndTagAndAnEmptyFeedIsStillValid() throws Exception {
    BriefingContents contents = BriefingContents.of(List.of(change()), List.of());
    AtomFeeds.Document once = AtomFeeds.briefing(HEAD, contents);
    assertThat(AtomFeeds.briefing(HEAD, contents)).isEqualTo(once);
    assertThat(once.etag()).matches("[0-9a-f]{32}");

    AtomFeeds.Document empty = AtomFeeds.briefing(HEAD, BriefingContents.of(List.of(), List.of()));
    assertThat(empty.etag()).isNotEqualTo(once.etag());
    Feed feed = read(empty.xml());
    assertThat(feed.getEntries()).isEmpty();
    assertThat(feed.getUpdated().toInstant()).isEqualTo(CONFIRMED);
  }

  @Test
  void aTopicsFeedHoldsItsChanges() throws Exception {
    AtomFeeds.Head head =
        new AtomFeeds.Head(
            AtomFeeds.id("topic", "rare-earths"),
            "Briefing Gateway: changes in Rare earths",
            "https://briefing.example/api/atom/topics/rare-earths",
            ARTICLES,
            Instant.EPOCH);
    Feed feed = read(AtomFeeds.changes(head, List.of(change())).xml());
    assertThat(feed.getId()).isEqualTo("tag:briefing-gateway,2025:topic:rare-earths");
    assertThat(feed.getEntries())
        .extracting(Entry::getId)
        .containsExactly("tag:briefing-gateway,2025:change:c1");
  }
}
