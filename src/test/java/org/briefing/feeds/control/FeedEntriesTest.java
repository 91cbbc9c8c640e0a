package org.briefing.feeds.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.briefing.feeds.FeedSamples;
import org.briefing.intake.entity.ArticleSubmission;
import org.junit.jupiter.api.Test;

/** Entries of real-shaped RSS 2.0 and Atom 1.0 documents as the articles the intake receives. */
class FeedEntriesTest {

  private static final URI RSS_URL = URI.create("https://news.example.org/feeds/minerals.rss");

  @Test
  void rssItemsBecomeArticlesWithTextBodiesLinksDatesAndTheFeedsName() throws Exception {
    FeedEntries.Reading reading =
        FeedEntries.read(FeedSamples.of("rss2.xml", "m1"), "application/rss+xml", RSS_URL, "Desk");

    assertThat(reading.entries()).isEqualTo(3);
    ArticleSubmission gallium = reading.articles().get(0);
    assertThat(gallium.title()).isEqualTo("China curbs gallium exports to the United States m1");
    assertThat(gallium.body())
        .startsWith("BEIJING - China's Commerce Ministry said on Tuesday")
        .endsWith("chip export controls.\n\nRef m1") // paragraphs kept, no-break space, no script
        .doesNotContain("<", "alert");
    assertThat(gallium.url()).isEqualTo("https://news.example.org/gallium-m1");
    assertThat(gallium.source()).isEqualTo("Desk");
    assertThat(gallium.publishedAt()).isEqualTo("2024-12-03T08:00:00Z");
    assertThat(gallium.language()).isEqualTo("en-gb");

    ArticleSubmission lithium = reading.articles().get(1);
    assertThat(lithium.url()).as("relative link").isEqualTo("https://news.example.org/lithium-m1");
    assertThat(lithium.body())
        .as("escaped HTML in the description is HTML, and made text")
        .isEqualTo(
            "Chile and Germany signed an agreement on lithium supply & processing in Santiago on"
                + " Wednesday.\nRef m1");
    assertThat(lithium.publishedAt()).isEqualTo("2024-12-04T09:30:00Z");

    ArticleSubmission empty = reading.articles().get(2);
    assertThat(empty.title()).as("left to the intake's checks to refuse").isEmpty();
    assertThat(empty.url()).isNull();
    assertThat(empty.publishedAt()).isNull();
  }

  @Test
  void atomEntriesReadHtmlAndXhtmlAsHtmlAndTextAsText() throws Exception {
    FeedEntries.Reading reading =
        FeedEntries.read(
            FeedSamples.of("atom.xml", "m2"),
            "application/atom+xml; charset=utf-8",
            URI.create("https://wire.example.com/atom"),
            "Wire");

    assertThat(reading.entries()).isEqualTo(2);
    ArticleSubmission offer = reading.articles().get(0);
    assertThat(offer.title()).isEqualTo("Russia offers the US rare earth & lithium access m2");
    assertThat(offer.body())
        .isEqualTo(
            "Russian President Vladimir Putin has offered the United States access to rare earth"
                + " minerals, Kremlin spokesman Dmitry Peskov said.\n\nRef m2");
    assertThat(offer.url()).isEqualTo("https://wire.example.com/ru-us-m2");
    assertThat(offer.publishedAt()).as("published, in UTC").isEqualTo("2025-02-25T07:30:00Z");
    assertThat(offer.language()).isNull();

    ArticleSubmission nickel = reading.articles().get(1);
    assertThat(nickel.title()).isEqualTo("Indonesia weighs a nickel export tax, a < b m2");
    assertThat(nickel.body()).startsWith("Indonesia is considering a tax on nickel exports");
    assertThat(nickel.url())
        .as("the id, an http URL, for want of a link")
        .isEqualTo("https://wire.example.com/nickel-m2");
    assertThat(nickel.publishedAt())
        .as("updated, for want of published")
        .isEqualTo("2025-02-26T07:00:00Z");
  }

  @Test
  void anEntityBombFailsAtOnceWithoutExpanding() {
    byte[] bomb = FeedSamples.of("bomb.xml", "m3");
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () ->
            assertThatThrownBy(() -> FeedEntries.read(bomb, "application/rss+xml", RSS_URL, "D"))
                .isInstanceOf(FeedEntries.UnreadableFeed.class)
                .hasMessageContaining("DOCTYPE"));
  }

  @Test
  void anExternalEntityIsNeverRead() {
    assertThatThrownBy(
            () -> FeedEntries.read(FeedSamples.of("external-entity.xml", "m4"), null, RSS_URL, "D"))
        .isInstanceOf(FeedEntries.UnreadableFeed.class)
        .hasMessageContaining("DOCTYPE")
        .hasMessageNotContaining("root:");
  }

  @Test
  void malformedXmlAndOtherFormatsAreUnreadable() {
    assertThatThrownBy(
            () -> FeedEntries.read(FeedSamples.of("malformed.xml", "m5"), null, RSS_URL, "D"))
        .isInstanceOf(FeedEntries.UnreadableFeed.class)
        .hasMessageStartingWith("not a readable RSS or Atom document");
    byte[] html = "<html><body><p>Not a feed</p></body></html>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> FeedEntries.read(html, "text/html", RSS_URL, "D"))
        .isInstanceOf(FeedEntries.UnreadableFeed.class);
    assertThatThrownBy(() -> FeedEntries.read(new byte[0], null, RSS_URL, "D"))
        .isInstanceOf(FeedEntries.UnreadableFeed.class);
  }

  @Test
  void htmlBecomesTextWithLineBreaksAtBlocksAndNothingOfScriptsOrStyles() {
    assertThat(
            HtmlText.of(
                "<style>p{}</style><h2>Head</h2><p>One &amp; <b>two</b></p>\n\n<ul><li>a</li>"
                    + "<li>b</li></ul>x<br>y<script>evil()</script>"))
        .isEqualTo("Head\n\nOne & two\n\na\n\nb\n\nx\ny");
    assertThat(HtmlText.of("   ")).isEmpty();
    assertThat(HtmlText.of("a < b and c > d")).isEqualTo("a < b and c > d");
  }

  @Test
  void longTextIsCutAtAWordWithAnEllipsis() {
    String title = "word ".repeat(200);
    String cut = FeedEntries.shorten(title, 500);
    assertThat(cut).hasSizeLessThanOrEqualTo(500).endsWith("word…");
    assertThat(FeedEntries.shorten("short", 500)).isEqualTo("short");
  }

  @Test
  void onlyLanguageTagsTheIntakeTakesAreKept() {
    assertThat(FeedEntries.language("en-us")).isEqualTo("en-us");
    assertThat(FeedEntries.language("DE")).isEqualTo("de");
    assertThat(FeedEntries.language("zh-Hant-TW")).isNull();
    assertThat(FeedEntries.language("english")).isNull();
    assertThat(FeedEntries.language(null)).isNull();
  }
}
