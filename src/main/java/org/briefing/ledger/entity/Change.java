package org.briefing.ledger.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A change the ledger found in the state between two actors on a topic, with its evidence. */
@Entity
@Table(name = "change_record")
@NamedQuery(
    name = Change.TYPE_AND_TIME_OF,
    query = "select c.id, c.toType, c.happenedAt from Change c where c.id in :ids")
@NamedQuery(name = Change.BY_IDS, query = "select c from Change c where c.id in :ids")
public class Change {

  /** The changes named, in no particular order. */
  public static final String BY_IDS = "Change.byIds";

  /** Id, act and time of the changes named, without loading their sources. */
  public static final String TYPE_AND_TIME_OF = "Change.typeAndTimeOf";

  @Id private String id;

  /** When it happened: the publication time of the first article that reported it. */
  @Column(name = "happened_at", nullable = false)
  private Instant happenedAt;

  @Column(name = "detected_at", nullable = false)
  private Instant detectedAt;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String target;

  @Column(nullable = false)
  private String topic;

  @Column(name = "from_type")
  private String fromType;

  @Column(name = "to_type", nullable = false)
  private String toType;

  @Column(nullable = false)
  private String kind;

  @Column(name = "article_id", nullable = false)
  private String articleId;

  @Column(nullable = false)
  private String evidence;

  @Column(nullable = false)
  private String summary;

  // The source row carries change_id itself (part of its key): without insertable and updatable
  // false, EclipseLink also sets it again with an UPDATE after each insert.
  @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
  @JoinColumn(name = "change_id", insertable = false, updatable = false)
  @OrderBy("publishedAt")
  private List<ChangeSource> sources = new ArrayList<>();

  protected Change() {}

  public Change(
      String id,
      Instant happenedAt,
      Instant detectedAt,
      String actor,
      String target,
      String topic,
      String fromType,
      String toType,
      String kind,
      String articleId,
      String evidence,
      String summary) {
    this.id = id;
    this.happenedAt = happenedAt;
    this.detectedAt = detectedAt;
    this.actor = actor;
    this.target = target;
    this.topic = topic;
    this.fromType = fromType;
    this.toType = toType;
    this.kind = kind;
    this.articleId = articleId;
    this.evidence = evidence;
    this.summary = summary;
  }

  /** Adds an article that reported this change; false if it was already a source. */
  public boolean addSource(ChangeSource source) {
    if (sources.stream().anyMatch(s -> s.articleId().equals(source.articleId()))) {
      return false;
    }
    sources.add(source);
    return true;
  }

  public String id() {
    return id;
  }

  public Instant happenedAt() {
    return happenedAt;
  }

  public Instant detectedAt() {
    return detectedAt;
  }

  public String actor() {
    return actor;
  }

  public String target() {
    return target;
  }

  public String topic() {
    return topic;
  }

  public String fromType() {
    return fromType;
  }

  public String toType() {
    return toType;
  }

  public String kind() {
    return kind;
  }

  public String articleId() {
    return articleId;
  }

  public String evidence() {
    return evidence;
  }

  public String summary() {
    return summary;
  }

  public List<ChangeSource> sources() {
    return List.copyOf(sources);
  }
}
