package org.briefing.digest.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * One digest or alert that went to a subscriber, with the ids of the articles and changes it
 * carried: none of them goes to that subscriber again. One row per email, not per item.
 */
@Entity
@Table(name = "digest_log")
public class DigestLog {

  /** The email's id. */
  @Id private String id;

  @Column(name = "subscription_id", nullable = false)
  private String subscriptionId;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  /** As {@code |id|id|}. */
  @Column(name = "article_ids", nullable = false)
  private String articleIds;

  /** As {@code |id|id|}. */
  @Column(name = "change_ids", nullable = false)
  private String changeIds;

  protected DigestLog() {}

  public DigestLog(
      String mailId,
      String subscriptionId,
      Instant sentAt,
      Collection<String> articleIds,
      Collection<String> changeIds) {
    this.id = mailId;
    this.subscriptionId = subscriptionId;
    this.sentAt = sentAt;
    this.articleIds = join(articleIds);
    this.changeIds = join(changeIds);
  }

  /** The ids as stored ({@code |id|id|}), back as a list. */
  public static List<String> ids(String stored) {
    return stored == null || stored.isEmpty()
        ? List.of()
        : Arrays.stream(stored.split("\\|")).filter(s -> !s.isEmpty()).toList();
  }

  private static String join(Collection<String> ids) {
    return ids.isEmpty() ? "" : "|" + String.join("|", ids) + "|";
  }
}
