package org.briefing.readerfeeds.control;

import com.rometools.rome.feed.atom.Category;
import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.briefing.digest.control.BriefingContents;
import org.briefing.digest.control.ChangeLine;
import org.briefing.digest.control.DigestArticle;
import org.briefing.digest.control.DigestComposer;
import org.briefing.digest.control.StoryGrouper;

/**
 * Writes briefings as Atom 1.0 documents with ROME: a change or a story an entry, each with an id
 * that never changes (a tag: URI of the change's or the lead article's id), so that a feed reader
 * shows each once however often it fetches. Plain Java; ROME escapes every value.
 */
public final class AtomFeeds {

  public static final String MEDIA_TYPE = "application/atom+xml";

  /** Every id of ours: a tag URI (RFC 4151) under the service's name. */
  static final String ID_PREFIX = "tag:briefing-gateway,2025:";

  /** Characters XML 1.0 cannot carry at all: an evidence sentence must not break the document. */
  private static final Pattern NOT_XML =
      Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

  private AtomFeeds() {}

  /**
   * A document as served: its XML, when it last changed (whole seconds, as HTTP dates), its tag.
   */
  public record Document(String xml, Instant updated, String etag) {}

  /**
   * What a feed says of itself.
   *
   * @param id its permanent id ({@link #id})
   * @param selfUrl the address it is fetched from
   * @param articleBase where an article without a link of its own is read, its id appended
   * @param quietSince its updated time while it has no entry
   */
  public record Head(
      String id, String title, String selfUrl, String articleBase, Instant quietSince) {}

  /** One of our ids: {@code tag:briefing-gateway,2025:<kind>:<name>}. */
  public static String id(String kind, String name) {
    return ID_PREFIX + kind + ":" + name;
  }

  /** A reader's briefing: its changes, then its stories. */
  public static Document briefing(Head head, BriefingContents contents) {
    List<Entry> entries = new ArrayList<>();
    contents.changes().forEach(c -> entries.add(change(c, head.articleBase())));
    contents.stories().forEach(s -> entries.add(story(s, head.articleBase())));
    return document(head, entries);
  }

  /** Changes alone, newest first (a topic's public feed). */
  public static Document changes(Head head, List<ChangeLine> changes) {
    return document(head, changes.stream().map(c -> change(c, head.articleBase())).toList());
  }

  static Entry change(ChangeLine c, String articleBase) {
    Entry entry = new Entry();
    entry.setId(id("change", c.id()));
    entry.setTitleEx(text(c.summary()));
    entry.setUpdated(date(c.detectedAt() != null ? c.detectedAt() : c.happenedAt()));
    entry.setPublished(date(c.happenedAt()));
    List<ChangeLine.Source> sources =
        c.sources().stream().limit(DigestComposer.SOURCES_SHOWN).toList();
    if (!sources.isEmpty()) {
      entry.setAlternateLinks(List.of(link("alternate", sourceLink(sources.get(0), articleBase))));
      entry.setOtherLinks(
          sources.stream().skip(1).map(s -> link("related", sourceLink(s, articleBase))).toList());
    }
    StringBuilder summary =
        new StringBuilder()
            .append(c.actor())
            .append(" → ")
            .append(c.target())
            .append(", ")
            .append(c.topic())
            .append(": ")
            .append(c.from() == null ? "first contact" : c.from())
            .append(" → ")
            .append(c.to())
            .append('.');
    if (c.evidence() != null && !c.evidence().isBlank()) {
      summary.append(" “").append(c.evidence().strip()).append('”');
    }
    if (!sources.isEmpty()) {
      summary
          .append(" Reported by ")
          .append(
              String.join(
                  ", ",
                  sources.stream()
                      .map(s -> s.source() == null || s.source().isBlank() ? s.title() : s.source())
                      .distinct()
                      .toList()));
      int more = c.sources().size() - sources.size();
      summary.append(more > 0 ? " and " + more + " more." : ".");
    }
    entry.setSummary(text(summary.toString()));
    entry.setCategories(
        Stream.of(category(c.topic(), "topic"), category(c.kind(), "change"))
            .filter(java.util.Objects::nonNull)
            .toList());
    return entry;
  }

  static Entry story(StoryGrouper.Story story, String articleBase) {
    DigestArticle a = story.lead();
    Entry entry = new Entry();
    entry.setId(id("article", a.id()));
    entry.setTitleEx(text(a.title()));
    Instant updated =
        a.classifiedAt() != null
            ? a.classifiedAt()
            : a.publishedAt() != null ? a.publishedAt() : Instant.EPOCH;
    entry.setUpdated(date(updated));
    if (a.publishedAt() != null) {
      entry.setPublished(date(a.publishedAt()));
    }
    entry.setAlternateLinks(List.of(link("alternate", articleLink(a, articleBase))));
    entry.setOtherLinks(
        story.others().stream().map(o -> link("related", articleLink(o, articleBase))).toList());
    if (a.source() != null && !a.source().isBlank()) {
      Person outlet = new Person();
      outlet.setName(clean(a.source()));
      entry.setAuthors(List.of(outlet));
    }
    List<String> lines = new ArrayList<>();
    if (!a.topics().isEmpty()) {
      lines.add("Topics: " + String.join(", ", a.topics()) + ".");
    }
    if (!a.actors().isEmpty()) {
      lines.add("Actors: " + String.join(", ", a.actors()) + ".");
    }
    a.events().forEach(e -> lines.add(e + "."));
    if (!story.others().isEmpty()) {
      lines.add(
          "Also in: "
              + String.join(
                  ", ",
                  story.others().stream()
                      .map(o -> o.source() == null || o.source().isBlank() ? o.title() : o.source())
                      .toList())
              + ".");
    }
    entry.setSummary(text(String.join("\n", lines)));
    entry.setCategories(a.topics().stream().map(t -> category(t, "topic")).toList());
    return entry;
  }

  private static Document document(Head head, List<Entry> entries) {
    Instant updated =
        entries.stream()
            .map(e -> e.getUpdated().toInstant())
            .max(Instant::compareTo)
            .orElse(head.quietSince())
            .truncatedTo(ChronoUnit.SECONDS);
    Feed feed = new Feed("atom_1.0");
    feed.setId(head.id());
    feed.setTitleEx(text(head.title()));
    feed.setUpdated(Date.from(updated));
    Link self = link("self", head.selfUrl());
    self.setType(MEDIA_TYPE);
    feed.setOtherLinks(List.of(self));
    Person service = new Person();
    service.setName("Briefing Gateway");
    feed.setAuthors(List.<SyndPerson>of(service));
    feed.setEntries(entries);
    try {
      String xml = new WireFeedOutput().outputString(feed);
      return new Document(xml, updated, etag(xml));
    } catch (FeedException e) {
      throw new IllegalStateException("An Atom feed could not be written: " + e.getMessage(), e);
    }
  }

  private static String etag(String xml) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(xml.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String sourceLink(ChangeLine.Source s, String articleBase) {
    return s.url() != null ? s.url() : articleBase + s.articleId();
  }

  private static String articleLink(DigestArticle a, String articleBase) {
    return a.url() != null ? a.url() : articleBase + a.id();
  }

  private static Link link(String rel, String href) {
    Link link = new Link();
    link.setRel(rel);
    link.setHref(clean(href));
    return link;
  }

  private static Category category(String term, String scheme) {
    if (term == null || term.isBlank()) {
      return null;
    }
    Category category = new Category();
    category.setTerm(clean(term));
    category.setScheme(id("scheme", scheme));
    return category;
  }

  private static Content text(String value) {
    Content content = new Content();
    content.setType(Content.TEXT);
    content.setValue(clean(value));
    return content;
  }

  private static Date date(Instant at) {
    return Date.from(at == null ? Instant.EPOCH : at);
  }

  private static String clean(String value) {
    return value == null ? "" : NOT_XML.matcher(value).replaceAll("");
  }
}
