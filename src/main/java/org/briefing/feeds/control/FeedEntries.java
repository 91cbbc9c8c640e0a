package org.briefing.feeds.control;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.briefing.intake.entity.ArticleSubmission;

/**
 * Reads an RSS or Atom document with ROME and turns each entry into an article as a client would
 * post it: text for title and body (HTML made text by jsoup), the entry's link, its publication
 * date, the feed's language, and the feed's registered name as the source. The intake then checks,
 * recognises and queues them as any post. DOCTYPEs are refused, so an external entity or an entity
 * bomb fails the document at once. Plain Java.
 */
public final class FeedEntries {

  /** Entries read from one document at most; a feed lists its newest first. */
  public static final int MAX_ENTRIES = 500;

  static final int MAX_TITLE = 500;
  static final int MAX_BODY = 200_000;

  /**
   * The articles of one document.
   *
   * @param entries how many entries the document listed (counting any past {@link #MAX_ENTRIES})
   */
  public record Reading(int entries, List<ArticleSubmission> articles) {}

  /** A document that is not a feed ROME can read (malformed XML, a DOCTYPE, another format). */
  public static final class UnreadableFeed extends Exception {
    UnreadableFeed(String message, Throwable cause) {
      super(message, cause);
    }
  }

  private FeedEntries() {}

  /**
   * @param contentType the HTTP Content-Type, for the character set; may be null
   * @param url where the document was found: relative links resolve against it
   * @param source the feed's registered name
   */
  public static Reading read(byte[] document, String contentType, URI url, String source)
      throws UnreadableFeed {
    SyndFeed feed = parse(document, contentType);
    String language = language(feed.getLanguage());
    List<SyndEntry> entries = feed.getEntries();
    List<ArticleSubmission> articles = new ArrayList<>();
    for (SyndEntry entry : entries.subList(0, Math.min(entries.size(), MAX_ENTRIES))) {
      articles.add(article(entry, url, source, language));
    }
    return new Reading(entries.size(), articles);
  }

  static SyndFeed parse(byte[] document, String contentType) throws UnreadableFeed {
    SyndFeedInput input = new SyndFeedInput();
    input.setAllowDoctypes(false); // ROME's default; said here because it is what keeps XXE out
    try (XmlReader reader =
        contentType == null
            ? new XmlReader(new ByteArrayInputStream(document), true)
            : new XmlReader(new ByteArrayInputStream(document), contentType, true)) {
      return input.build(reader);
    } catch (FeedException | IllegalArgumentException | IOException e) {
      throw new UnreadableFeed("not a readable RSS or Atom document: " + cause(e), e);
    }
  }

  static ArticleSubmission article(SyndEntry entry, URI base, String source, String language) {
    String title = shorten(text(entry.getTitleEx(), entry.getTitle()), MAX_TITLE);
    String body = body(entry);
    return new ArticleSubmission(
        title,
        shorten(body.isEmpty() ? title : body, MAX_BODY),
        link(entry, base),
        source,
        published(entry),
        language);
  }

  /** The entry's content, else its summary (RSS description), as text. */
  private static String body(SyndEntry entry) {
    List<String> parts = new ArrayList<>();
    for (SyndContent content : entry.getContents()) {
      String text = text(content, null);
      if (!text.isEmpty()) {
        parts.add(text);
      }
    }
    if (parts.isEmpty()) {
      String summary = text(entry.getDescription(), null);
      return summary;
    }
    return String.join("\n\n", parts);
  }

  /**
   * Text as it is when the feed says it is text; otherwise HTML (RSS gives no type, and its
   * descriptions are HTML in practice).
   */
  static String text(SyndContent content, String fallback) {
    String value = content == null ? fallback : content.getValue();
    if (value == null) {
      return "";
    }
    String type = content == null ? null : content.getType();
    if (type != null
        && (type.equalsIgnoreCase("text")
            || type.toLowerCase(Locale.ROOT).startsWith("text/plain"))) {
      return HtmlText.tidy(value);
    }
    return HtmlText.of(value);
  }

  /** The entry's http(s) link, made absolute; else its id when that is one; else none. */
  static String link(SyndEntry entry, URI base) {
    for (String candidate : new String[] {entry.getLink(), entry.getUri()}) {
      if (candidate == null || candidate.isBlank()) {
        continue;
      }
      try {
        URI resolved = base == null ? new URI(candidate.strip()) : base.resolve(candidate.strip());
        String scheme = resolved.getScheme();
        if (resolved.isAbsolute()
            && resolved.getHost() != null
            && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
            && resolved.toString().length() <= 2048) {
          return resolved.toString();
        }
      } catch (java.net.URISyntaxException | IllegalArgumentException e) {
        // not a link we can use; try the next one
      }
    }
    return null;
  }

  /** Published, else updated, as an ISO instant; none for a date outside years 1 to 9999. */
  static String published(SyndEntry entry) {
    Date date =
        entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    if (date == null) {
      return null;
    }
    Instant instant = date.toInstant();
    int year = instant.atOffset(ZoneOffset.UTC).getYear();
    if (year < 1 || year > 9999) {
      return null;
    }
    return instant.toString();
  }

  /** A language tag the intake takes ({@code en}, {@code en-GB}); anything else is left out. */
  static String language(String tag) {
    if (tag == null) {
      return null;
    }
    String[] parts = tag.strip().split("-", -1);
    if (parts.length > 2 || !isLetters(parts[0], 2, 3)) {
      return null;
    }
    if (parts.length == 2 && !isLetters(parts[1], 2, 4)) {
      return null;
    }
    return parts[0].toLowerCase(Locale.ROOT) + (parts.length == 2 ? "-" + parts[1] : "");
  }

  private static boolean isLetters(String s, int min, int max) {
    if (s.length() < min || s.length() > max) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) {
        return false;
      }
    }
    return true;
  }

  /** At most {@code max} characters, cut at a word where one is near, marked with an ellipsis. */
  static String shorten(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int cut = max - 1;
    if (Character.isLowSurrogate(text.charAt(cut))) {
      cut--;
    }
    int space = text.lastIndexOf(' ', cut);
    if (space > max * 0.8) {
      cut = space;
    }
    return text.substring(0, cut).strip() + "…";
  }

  private static String cause(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.length() > 300 ? message.substring(0, 300) + "…" : message;
  }
}
