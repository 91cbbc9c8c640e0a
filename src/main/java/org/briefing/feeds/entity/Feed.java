package org.briefing.feeds.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A registered feed: where it is, how often to poll it, when it is next due, and what its fetches
 * have found so far. The counters are written by relative updates in {@code FeedStore}, so that two
 * polls that meet (a manual one and the scheduled round) both count.
 */
@Entity
@Table(name = "feed")
public class Feed {

  @Id private String id;

  @Column(nullable = false)
  private String url;

  @Column(nullable = false)
  private String name;

  @Column(name = "poll_minutes", nullable = false)
  private int pollMinutes;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "next_fetch_at", nullable = false)
  private Instant nextFetchAt;

  @Column(name = "last_fetch_at")
  private Instant lastFetchAt;

  @Column(name = "last_outcome")
  private String lastOutcome;

  @Column(name = "last_http_status")
  private Integer lastHttpStatus;

  @Column(name = "last_error")
  private String lastError;

  private String etag;

  @Column(name = "last_modified")
  private String lastModified;

  private long fetches;
  private long failures;

  @Column(name = "consecutive_failures")
  private int consecutiveFailures;

  @Column(name = "entries_seen")
  private long entriesSeen;

  @Column(name = "entries_accepted")
  private long entriesAccepted;

  @Column(name = "entries_refused")
  private long entriesRefused;

  protected Feed() {}

  /** A new feed, due at once. */
  public Feed(String id, String url, String name, int pollMinutes, Instant now) {
    this.id = id;
    this.url = url;
    this.name = name;
    this.pollMinutes = pollMinutes;
    this.createdAt = now;
    this.nextFetchAt = now;
  }

  public String id() {
    return id;
  }

  public String url() {
    return url;
  }

  public String name() {
    return name;
  }

  public int pollMinutes() {
    return pollMinutes;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public Instant nextFetchAt() {
    return nextFetchAt;
  }

  public Instant lastFetchAt() {
    return lastFetchAt;
  }

  public FetchOutcome lastOutcome() {
    return FetchOutcome.of(lastOutcome);
  }

  public Integer lastHttpStatus() {
    return lastHttpStatus;
  }

  public String lastError() {
    return lastError;
  }

  public String etag() {
    return etag;
  }

  public String lastModified() {
    return lastModified;
  }

  public long fetches() {
    return fetches;
  }

  public long failures() {
    return failures;
  }

  public int consecutiveFailures() {
    return consecutiveFailures;
  }

  public long entriesSeen() {
    return entriesSeen;
  }

  public long entriesAccepted() {
    return entriesAccepted;
  }

  public long entriesRefused() {
    return entriesRefused;
  }
}
