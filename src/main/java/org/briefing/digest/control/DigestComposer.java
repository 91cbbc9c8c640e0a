package org.briefing.digest.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.briefing.mail.control.Templates;

/**
 * Composes one briefing email — a digest or an immediate alert — as HTML and as equivalent plain
 * text, from Mustache templates. It leads with what changed, then the other coverage grouped by
 * story, capped with "N more". Plain Java: every value is escaped by the HTML template engine.
 */
public final class DigestComposer {

  /** At most this many stories in full; the rest are counted as "N more". */
  public static final int CAP = 25;

  /** Sources listed under a change; the rest are counted. */
  public static final int SOURCES_SHOWN = 10;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  /** The finished email's parts. */
  public record Composed(String subject, String text, String html) {}

  /**
   * Where the links in the email go: the reader's own links end with {@code recipientToken}, put in
   * as it is (a slot the sender fills), never from an article's text.
   */
  public record Links(
      String articleBase, String unsubscribe, String preferences, String recipientToken) {

    /** Links complete as they are, for one reader. */
    public Links(String articleBase, String unsubscribe, String preferences) {
      this(articleBase, unsubscribe, preferences, "");
    }
  }

  /**
   * @param frequencyLabel {@code daily}, {@code weekly} or {@code immediate}
   * @param zone the subscriber's time zone, for dates
   * @param changes the new changes that match, any order
   * @param articles the new matching articles, any order
   */
  public Composed compose(
      String frequencyLabel,
      ZoneId zone,
      Instant now,
      List<ChangeLine> changes,
      List<DigestArticle> articles,
      Links links) {
    Set<String> inThisEmail = new HashSet<>();
    articles.forEach(a -> inThisEmail.add(a.id()));
    BriefingContents contents = BriefingContents.of(changes, articles);
    List<ChangeLine> orderedChanges = contents.changes();
    List<StoryGrouper.Story> stories = contents.stories();

    List<Map<String, Object>> changeItems = new ArrayList<>();
    for (ChangeLine c : orderedChanges) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("summary", c.summary());
      item.put("who", c.actor() + " → " + c.target());
      item.put("topic", c.topic());
      item.put("fromTo", (c.from() == null ? "first contact" : c.from()) + " → " + c.to());
      item.put("evidence", c.evidence());
      item.put("date", DAY.format(c.happenedAt().atZone(zone)));
      // A story every outlet carries has hundreds of sources: the first few, and how many more;
      // the reports this email carries come first, so that the reader sees them named.
      item.put(
          "moreSources",
          c.sources().size() > SOURCES_SHOWN ? c.sources().size() - SOURCES_SHOWN : null);
      item.put(
          "sources",
          c.sources().stream()
              .sorted(Comparator.comparing(source -> !inThisEmail.contains(source.articleId())))
              .limit(SOURCES_SHOWN)
              .map(
                  s ->
                      Map.of(
                          "title", s.title(),
                          "link", s.url() != null ? s.url() : links.articleBase() + s.articleId(),
                          "source", s.source() == null ? "" : s.source()))
              .toList());
      changeItems.add(item);
    }
    List<Map<String, Object>> storyItems = new ArrayList<>();
    for (StoryGrouper.Story story : stories.subList(0, Math.min(CAP, stories.size()))) {
      DigestArticle a = story.lead();
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("title", a.title());
      item.put("link", link(a, links));
      item.put("source", a.source() == null ? "" : a.source());
      item.put("date", a.publishedAt() == null ? "" : DAY.format(a.publishedAt().atZone(zone)));
      item.put("topics", String.join(", ", a.topics()));
      item.put("actors", String.join(", ", a.actors()));
      item.put("events", a.events());
      item.put("hasEvents", !a.events().isEmpty());
      item.put(
          "alsoIn",
          story.others().stream()
              .map(
                  o ->
                      Map.of(
                          "source",
                          o.source() == null ? o.title() : o.source(),
                          "link",
                          link(o, links)))
              .toList());
      item.put("hasAlsoIn", !story.others().isEmpty());
      storyItems.add(item);
    }
    int more = stories.size() - storyItems.size();
    boolean alert = "immediate".equals(frequencyLabel);
    String heading = alert ? "Briefing alert" : capitalise(frequencyLabel) + " briefing";
    String date = DAY.format(now.atZone(zone));
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("heading", heading);
    scope.put("date", date);
    scope.put("changes", changeItems);
    scope.put("hasChanges", !changeItems.isEmpty());
    scope.put("changeCount", changeItems.size());
    scope.put("stories", storyItems);
    scope.put("hasStories", !storyItems.isEmpty());
    scope.put("storyWords", stories.size() + (stories.size() == 1 ? " story" : " stories"));
    scope.put("more", more);
    scope.put("hasMore", more > 0);
    scope.put("unsubscribeUrl", links.unsubscribe());
    scope.put("preferencesUrl", links.preferences());
    scope.put("recipientToken", links.recipientToken());
    String subject = heading + ", " + date + ": " + headline(orderedChanges, stories.size());
    return new Composed(subject, Templates.text("digest", scope), Templates.html("digest", scope));
  }

  private static String headline(List<ChangeLine> changes, int stories) {
    String storyWords = stories + (stories == 1 ? " story" : " stories");
    if (stories == 0) {
      return changes.size() == 1 ? "1 change" : changes.size() + " changes";
    }
    if (changes.isEmpty()) {
      return storyWords;
    }
    return (changes.size() == 1 ? "1 change" : changes.size() + " changes") + ", " + storyWords;
  }

  private static String link(DigestArticle a, Links links) {
    return a.url() != null ? a.url() : links.articleBase() + a.id();
  }

  private static String capitalise(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
