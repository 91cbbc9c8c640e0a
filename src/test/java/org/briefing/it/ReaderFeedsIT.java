package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.io.WireFeedInput;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.briefing.it.support.Api;
import org.briefing.it.support.Deployments;
import org.briefing.it.support.Readers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A reader's private Atom feed on the real stack: once confirmed, the preferences page gives its
 * link; it carries the ledger's change and the story that match the reader's choices, as Atom 1.0
 * that ROME reads; any other token is one 404; a reset retires the old link; the topics' public
 * feeds are off unless the operator turns them on.
 */
@ExtendWith(ArquillianExtension.class)
class ReaderFeedsIT {

  private static final String TAG = "tag:briefing-gateway,2025:";

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  private final Api api = Api.local();

  @Test
  void aReadersFeedCarriesTheirChangeAndStoryUntilTheyResetIt() throws Exception {
    String marker = Articles.marker();
    String reader = "feed-reader-" + marker + "@example.org";
    String subscription =
        Json.createObjectBuilder()
            .add("email", reader)
            .add("topics", Json.createArrayBuilder().add("titanium"))
            .add("actors", Json.createArrayBuilder().add("MN"))
            .add("frequency", "weekly")
            .build()
            .toString();
    assertThat(api.postJson("/api/subscriptions", subscription).statusCode()).isEqualTo(202);
    String manage = Readers.confirm(api, reader);
    String feedUrl = Readers.feedLink(preferences(manage).body());
    assertThat(feedUrl).startsWith(api.uri("/api/atom/briefings?token=").toString());

    String offer =
        post(
            "Mongolia offers Canada access to titanium deposits " + marker,
            "ULAANBAATAR, March 3 (Test Wire) - Mongolia offered Canada access to its titanium"
                + " deposits on Monday, proposing joint mining projects to supply Canadian"
                + " manufacturers. Ref "
                + marker,
            "https://news.example.org/" + marker + "/titanium");
    String otherTopic =
        post(
            "Peru offers Finland access to copper deposits " + marker,
            "LIMA, March 3 (Test Wire) - Peru offered Finland access to its copper deposits on"
                + " Monday, proposing joint mining projects to supply Finnish manufacturers. Ref "
                + marker,
            "https://news.example.org/" + marker + "/copper");
    api.awaitClassified(offer, "the titanium offer classified");
    api.awaitClassified(otherTopic, "the copper offer classified");
    JsonObject change =
        await("the ledger's change between Mongolia and Canada on titanium")
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(250))
            .until(
                () ->
                    Api.json(api.get("/api/changes?actor=MN&topic=titanium"))
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class),
                items -> !items.isEmpty())
            .get(0);

    HttpResponse<String> served = api.getUrl(feedUrl);
    assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
    assertThat(served.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/atom+xml"));
    assertThat(served.headers().firstValue("Cache-Control")).contains("private, no-cache");
    Feed feed = atom(served.body());
    assertThat(served.body()).contains("<feed xmlns=\"http://www.w3.org/2005/Atom\"");
    assertThat(feed.getId()).startsWith(TAG + "briefings:");
    assertThat(feed.getTitleEx().getValue()).contains("Titanium").doesNotContain(reader);
    assertThat(feed.getUpdated()).isNotNull();
    assertThat(feed.getAuthors()).isNotEmpty();
    assertThat(feed.getOtherLinks())
        .anySatisfy(
            l -> {
              assertThat(l.getRel()).isEqualTo("self");
              assertThat(l.getHref()).isEqualTo(feedUrl);
            });
    assertThat(feed.getEntries())
        .allSatisfy(
            e -> {
              assertThat(e.getId()).startsWith(TAG);
              assertThat(e.getTitleEx().getValue()).isNotBlank();
              assertThat(e.getUpdated()).isNotNull();
              assertThat(e.getAlternateLinks()).isNotEmpty();
              assertThat(e.getSummary().getValue()).isNotBlank();
            });
    Entry changeEntry = entry(feed, TAG + "change:" + change.getString("id"));
    assertThat(changeEntry.getTitleEx().getValue()).isEqualTo(change.getString("summary"));
    assertThat(changeEntry.getSummary().getValue()).contains("MN", "titanium");
    Entry story = entry(feed, TAG + "article:" + offer);
    assertThat(story.getAlternateLinks())
        .extracting(Link::getHref)
        .containsExactly("https://news.example.org/" + marker + "/titanium");
    assertThat(feed.getEntries())
        .as("copper is not this reader's topic")
        .noneMatch(e -> e.getId().equals(TAG + "article:" + otherTopic));

    // A feed reader asks again with what it was given: unchanged, nothing sent.
    String etag = served.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again =
        api.send(
            HttpRequest.newBuilder(URI.create(feedUrl))
                .header("If-None-Match", etag)
                .GET()
                .build());
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();

    // Any other token is the same 404: a forged MAC, the manage token, garbage, none.
    String token = feedUrl.substring(feedUrl.indexOf("token=") + "token=".length());
    char last = token.charAt(token.length() - 1);
    String base = api.uri("/api/atom/briefings").toString();
    List<String> wrong =
        List.of(
            base + "?token=" + token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A'),
            base + "?token=" + manage,
            base + "?token=not-a-token",
            base);
    String notFound = assertNoFeed(wrong.get(0));
    for (String url : wrong) {
      assertThat(assertNoFeed(url)).as(url).isEqualTo(notFound);
    }

    // Reset from the preferences page: the old link stops, the new one serves the same feed.
    HttpResponse<String> reset =
        api.post(
            "/api/subscriptions/preferences?token=" + manage,
            "application/x-www-form-urlencoded",
            "action=reset-feed");
    assertThat(reset.statusCode()).isEqualTo(200);
    assertThat(reset.body()).contains("the old one no longer works");
    String newFeedUrl = Readers.feedLink(reset.body());
    assertThat(newFeedUrl).isNotEqualTo(feedUrl);
    assertThat(assertNoFeed(feedUrl)).isEqualTo(notFound);
    HttpResponse<String> renewed = api.getUrl(newFeedUrl);
    assertThat(renewed.statusCode()).isEqualTo(200);
    Feed sameFeed = atom(renewed.body());
    assertThat(sameFeed.getId()).as("the feed keeps its id").isEqualTo(feed.getId());
    entry(sameFeed, TAG + "change:" + change.getString("id"));

    // An ended subscription has no feed.
    assertThat(
            api.post(
                    "/api/subscriptions/unsubscribe?token=" + manage,
                    "application/x-www-form-urlencoded",
                    "List-Unsubscribe=One-Click")
                .statusCode())
        .isEqualTo(200);
    assertThat(assertNoFeed(newFeedUrl)).isEqualTo(notFound);
  }

  @Test
  void theTopicsPublicFeedsAreOffUnlessTheOperatorTurnsThemOn() {
    assertNoFeed(api.uri("/api/atom/topics/titanium").toString());
    assertNoFeed(api.uri("/api/atom/topics/no-such-topic").toString());
  }

  private HttpResponse<String> preferences(String manageToken) {
    HttpResponse<String> page = api.get("/api/subscriptions/preferences?token=" + manageToken);
    assertThat(page.statusCode()).isEqualTo(200);
    return page;
  }

  private String post(String title, String body, String url) {
    JsonObject article =
        Articles.json(title, body, url)
            .add("source", "Test Wire")
            .add("publishedAt", "2025-03-03T08:00:00Z")
            .build();
    HttpResponse<String> response = api.postJson("/api/articles", article.toString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
    return Api.json(response).getString("id");
  }

  /** A 404 in problem form; its body, to compare with the others'. */
  private String assertNoFeed(String url) {
    HttpResponse<String> response = api.getUrl(url);
    assertThat(response.statusCode()).as(url).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    return response.body();
  }

  private static Feed atom(String xml) throws Exception {
    Object parsed = new WireFeedInput().build(new StringReader(xml));
    assertThat(parsed).isInstanceOf(Feed.class);
    Feed feed = (Feed) parsed;
    assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
    return feed;
  }

  private static Entry entry(Feed feed, String id) {
    return feed.getEntries().stream()
        .filter(e -> e.getId().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no entry " + id + " in the feed"));
  }
}
