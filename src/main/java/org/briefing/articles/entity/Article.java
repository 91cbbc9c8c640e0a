package org.briefing.articles.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** An accepted article, and once classified, what the classifier found in it. */
@Entity
@Table(name = "article")
@NamedQuery(name = Article.BY_IDS, query = "select a from Article a where a.id in :ids")
@NamedQuery(
    name = Article.SAME_AS_ANY,
    query = "select a from Article a where a.urlKey in :urlKeys or a.contentHash in :contentHashes")
@NamedQuery(
    name = Article.BY_URL_OR_CONTENT,
    query = "select a from Article a where a.urlKey = :urlKey or a.contentHash = :contentHash")
public class Article {

  public static final String BY_URL_OR_CONTENT = "Article.byUrlOrContent";
  public static final String BY_IDS = "Article.byIds";
  public static final String SAME_AS_ANY = "Article.sameAsAny";

  @Id private String id;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String body;

  private String url;

  /** The URL normalised for duplicate detection; unique. */
  @Column(name = "url_key")
  private String urlKey;

  /** SHA-256 of the normalised title and body; unique. */
  @Column(name = "content_hash", nullable = false)
  private String contentHash;

  private String source;
  private String language;

  @Column(name = "published_at")
  private Instant publishedAt;

  @Column(name = "received_at", nullable = false)
  private Instant receivedAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ArticleStatus status;

  @Column(name = "classified_at")
  private Instant classifiedAt;

  private Boolean relevant;
  private Double score;

  /** The classification as JSON, in the words of the label vocabulary. */
  @Column(name = "classification_json")
  private String classificationJson;

  /** Topics as {@code |rare-earths|minerals-deal|}, so that a LIKE finds one exactly. */
  private String topics;

  /** Actors as {@code |RU|US|}. */
  private String actors;

  @Column(name = "failure_reason")
  private String failureReason;

  @Version private long version;

  protected Article() {}

  public Article(
      String id,
      String title,
      String body,
      String url,
      String urlKey,
      String contentHash,
      String source,
      String language,
      Instant publishedAt,
      Instant receivedAt) {
    this.id = id;
    this.title = title;
    this.body = body;
    this.url = url;
    this.urlKey = urlKey;
    this.contentHash = contentHash;
    this.source = source;
    this.language = language;
    this.publishedAt = publishedAt;
    this.receivedAt = receivedAt;
    this.status = ArticleStatus.QUEUED;
  }

  public void classified(
      Instant at,
      boolean relevant,
      double score,
      String json,
      List<String> topics,
      List<String> actors) {
    this.status = ArticleStatus.CLASSIFIED;
    this.classifiedAt = at;
    this.relevant = relevant;
    this.score = score;
    this.classificationJson = json;
    this.topics = tags(topics);
    this.actors = tags(actors);
    this.failureReason = null;
  }

  public void failed(Instant at, String reason) {
    this.status = ArticleStatus.FAILED;
    this.classifiedAt = at;
    this.failureReason = reason;
  }

  /** The form the tag columns are stored and searched in. */
  public static String tag(String value) {
    return "|" + value + "|";
  }

  private static String tags(List<String> values) {
    return values.isEmpty() ? "" : "|" + String.join("|", values) + "|";
  }

  public static List<String> untag(String stored) {
    if (stored == null || stored.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(stored.split("\\|")).filter(s -> !s.isEmpty()).toList();
  }

  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String body() {
    return body;
  }

  public String url() {
    return url;
  }

  public String urlKey() {
    return urlKey;
  }

  public String contentHash() {
    return contentHash;
  }

  public String source() {
    return source;
  }

  public String language() {
    return language;
  }

  public Instant publishedAt() {
    return publishedAt;
  }

  public Instant receivedAt() {
    return receivedAt;
  }

  public ArticleStatus status() {
    return status;
  }

  public Instant classifiedAt() {
    return classifiedAt;
  }

  public Boolean relevant() {
    return relevant;
  }

  public Double score() {
    return score;
  }

  public String classificationJson() {
    return classificationJson;
  }

  public List<String> topics() {
    return untag(topics);
  }

  public List<String> actors() {
    return untag(actors);
  }

  public String failureReason() {
    return failureReason;
  }

  /** When the story happened, as far as we know: its publication time, else its arrival. */
  public Instant storyTime() {
    return publishedAt != null ? publishedAt : receivedAt;
  }
}
