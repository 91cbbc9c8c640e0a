package org.briefing.subscriptions.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** One person's wish to hear about some topics and actors, at some frequency. */
@Entity
@Table(name = "subscription")
@NamedQuery(
    name = Subscription.BY_CONFIRM_TOKEN,
    query = "select s from Subscription s where s.confirmTokenHash = :hash")
@NamedQuery(
    name = Subscription.BY_ADDRESS,
    query = "select s from Subscription s where s.emailKey = :key")
@NamedQuery(
    name = Subscription.BY_MANAGE_TOKEN,
    query = "select s from Subscription s where s.manageTokenHash = :hash")
@NamedQuery(
    name = Subscription.CONFIRMED_BY_FREQUENCY,
    query =
        "select s from Subscription s where s.status = "
            + "org.briefing.subscriptions.entity.SubscriptionStatus.CONFIRMED"
            + " and s.frequency = :frequency order by s.id")
@NamedQuery(
    name = Subscription.DUE_BY_FREQUENCY,
    query =
        "select s from Subscription s where s.status = "
            + "org.briefing.subscriptions.entity.SubscriptionStatus.CONFIRMED"
            + " and s.frequency = :frequency"
            + " and (s.nextDigestAt is null or s.nextDigestAt <= :now) order by s.id")
public class Subscription {

  public static final String BY_CONFIRM_TOKEN = "Subscription.byConfirmToken";
  public static final String BY_MANAGE_TOKEN = "Subscription.byManageToken";
  public static final String BY_ADDRESS = "Subscription.byAddress";

  /** Confirmed, and due by their next digest time or with none known yet. */
  public static final String DUE_BY_FREQUENCY = "Subscription.dueByFrequency";

  public static final String CONFIRMED_BY_FREQUENCY = "Subscription.confirmedByFrequency";

  @Id private String id;

  @Column(nullable = false)
  private String email;

  /** The address in lower case: one subscription per reader, however they type it. */
  @Column(name = "email_key", nullable = false, unique = true)
  private String emailKey;

  /** As {@code |rare-earths|lithium|}; empty means every topic. */
  @Column(nullable = false)
  private String topics;

  /** As {@code |RU|US|}; empty means every actor. */
  @Column(nullable = false)
  private String actors;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Frequency frequency;

  @Column(nullable = false)
  private String timezone;

  @Column(name = "delivery_hour", nullable = false)
  private int deliveryHour;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SubscriptionStatus status;

  /**
   * SHA-256 of a random confirmation token sent before tokens were derived from the id; null for
   * links sent since, whose token is checked against {@link #confirmExpiresAt}.
   */
  @Column(name = "confirm_token_hash")
  private String confirmTokenHash;

  @Column(name = "confirm_expires_at")
  private Instant confirmExpiresAt;

  /**
   * SHA-256 of the random manage token of a subscription made before tokens were derived from the
   * id (V7), so that the links in emails sent before keep working; null for newer ones.
   */
  @Column(name = "manage_token_hash")
  private String manageTokenHash;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "confirmed_at")
  private Instant confirmedAt;

  @Column(name = "unsubscribed_at")
  private Instant unsubscribedAt;

  /** Articles classified up to this moment have been considered for this subscriber. */
  @Column(name = "last_digest_at")
  private Instant lastDigestAt;

  /** The first delivery slot after the last digest; null when not known (see V11). */
  @Column(name = "next_digest_at")
  private Instant nextDigestAt;

  /** Resets of the reader's private feed link: its token covers this, so a reset retires it. */
  @Column(name = "feed_generation", nullable = false)
  private int feedGeneration;

  @Version private long version;

  protected Subscription() {}

  public Subscription(
      String id,
      String email,
      Collection<String> topics,
      Collection<String> actors,
      Frequency frequency,
      ZoneId timezone,
      int deliveryHour,
      Instant confirmExpiresAt,
      Instant createdAt) {
    this.id = id;
    this.email = email;
    this.emailKey = key(email);
    this.topics = tags(topics);
    this.actors = tags(actors);
    this.frequency = frequency;
    this.timezone = timezone.getId();
    this.deliveryHour = deliveryHour;
    this.status = SubscriptionStatus.PENDING;
    this.confirmExpiresAt = confirmExpiresAt;
    this.createdAt = createdAt;
  }

  /** Confirms a pending subscription whose link has not expired; true if it is now confirmed. */
  public boolean confirm(Instant now) {
    if (status == SubscriptionStatus.CONFIRMED) {
      return true;
    }
    if (status != SubscriptionStatus.PENDING || now.isAfter(confirmExpiresAt)) {
      return false;
    }
    status = SubscriptionStatus.CONFIRMED;
    confirmedAt = now;
    // the expiry stays, so that a second click on the link says "already confirmed"
    return true;
  }

  /** Whether the confirmation link still works: pending and not expired. */
  public boolean awaitsConfirmation(Instant now) {
    return status == SubscriptionStatus.PENDING && !now.isAfter(confirmExpiresAt);
  }

  /**
   * A new request for a pending or ended subscription: the new choices, to be confirmed again
   * through a new link (the earlier link, whose token covers the earlier expiry, stops working).
   */
  public void renew(
      Collection<String> topics,
      Collection<String> actors,
      Frequency frequency,
      ZoneId timezone,
      int deliveryHour,
      Instant confirmExpiresAt) {
    change(topics, actors, frequency, timezone, deliveryHour);
    this.status = SubscriptionStatus.PENDING;
    this.confirmTokenHash = null;
    this.confirmExpiresAt = confirmExpiresAt;
    this.unsubscribedAt = null;
  }

  /** Whether these choices are the ones already stored. */
  public boolean chose(
      Collection<String> topics,
      Collection<String> actors,
      Frequency frequency,
      ZoneId timezone,
      int deliveryHour) {
    return this.topics.equals(tags(topics))
        && this.actors.equals(tags(actors))
        && this.frequency == frequency
        && this.timezone.equals(timezone.getId())
        && this.deliveryHour == deliveryHour;
  }

  /** When the current confirmation link was sent. */
  public Instant confirmationSentAt(java.time.Duration validity) {
    return confirmExpiresAt == null ? createdAt : confirmExpiresAt.minus(validity);
  }

  /** The key an address is known by: the same mailbox whatever its letters' case. */
  public static String key(String email) {
    return email.toLowerCase(java.util.Locale.ROOT);
  }

  public void unsubscribe(Instant now) {
    if (status != SubscriptionStatus.UNSUBSCRIBED) {
      status = SubscriptionStatus.UNSUBSCRIBED;
      unsubscribedAt = now;
    }
  }

  /** Back after unsubscribing: confirmed again, with nothing of the time away sent. */
  public void resubscribe(Instant now) {
    if (status == SubscriptionStatus.UNSUBSCRIBED) {
      status = SubscriptionStatus.CONFIRMED;
      unsubscribedAt = null;
      if (confirmedAt == null) {
        confirmedAt = now;
      }
      lastDigestAt = now;
      nextDigestAt = null;
    }
  }

  /** New choices from the preferences page. */
  public void change(
      Collection<String> topics,
      Collection<String> actors,
      Frequency frequency,
      ZoneId timezone,
      int deliveryHour) {
    this.topics = tags(topics);
    this.actors = tags(actors);
    this.frequency = frequency;
    this.timezone = timezone.getId();
    this.deliveryHour = deliveryHour;
    this.nextDigestAt = null; // another hour, zone or frequency: the round works it out again
  }

  public void pause() {
    if (status == SubscriptionStatus.CONFIRMED) {
      status = SubscriptionStatus.PAUSED;
    }
  }

  /** Back from a pause: what happened meanwhile is not sent (the digest starts from now). */
  public void resume(Instant now) {
    if (status == SubscriptionStatus.PAUSED) {
      status = SubscriptionStatus.CONFIRMED;
      lastDigestAt = now;
      nextDigestAt = null;
    }
  }

  /** A new private feed link; the ones before stop working. */
  public void resetFeedLink() {
    feedGeneration++;
  }

  /** Whether the reader has a private feed: once confirmed, paused or not, until they leave. */
  public boolean hasFeed() {
    return status == SubscriptionStatus.CONFIRMED || status == SubscriptionStatus.PAUSED;
  }

  public void digested(Instant upTo) {
    lastDigestAt = upTo;
    nextDigestAt = null;
  }

  private static String tags(Collection<String> values) {
    return values.isEmpty() ? "" : "|" + String.join("|", values) + "|";
  }

  private static List<String> untag(String stored) {
    return stored == null || stored.isEmpty()
        ? List.of()
        : Arrays.stream(stored.split("\\|")).filter(s -> !s.isEmpty()).toList();
  }

  public String id() {
    return id;
  }

  public String email() {
    return email;
  }

  public List<String> topics() {
    return untag(topics);
  }

  public List<String> actors() {
    return untag(actors);
  }

  public Frequency frequency() {
    return frequency;
  }

  public ZoneId timezone() {
    return ZoneId.of(timezone);
  }

  public int deliveryHour() {
    return deliveryHour;
  }

  public SubscriptionStatus status() {
    return status;
  }

  /** When the current confirmation link expires (it names that link). */
  public Instant confirmExpiresAt() {
    return confirmExpiresAt;
  }

  public Instant confirmedAt() {
    return confirmedAt;
  }

  public Instant lastDigestAt() {
    return lastDigestAt;
  }

  public int feedGeneration() {
    return feedGeneration;
  }
}
