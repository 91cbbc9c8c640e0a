package org.briefing.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A composed email's content, stored once under the SHA-256 of its parts and shared by every
 * message that names it. Never changed: the same id always means the same content.
 */
@Entity
@Table(name = "mail_body")
public class MailBody {

  /**
   * Opens and closes a slot for a recipient's value ({@link #slot}). The templates never let this
   * character through from a value ({@code Templates}), so a slot can only come from the service's
   * own text, never from an article's.
   */
  public static final char SLOT = '\uFFFF';

  @Id private String id;

  @Column(name = "text_part", nullable = false)
  private String text;

  @Column(name = "html_part")
  private String html;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  protected MailBody() {}

  public MailBody(String id, String text, String html, Instant createdAt) {
    this.id = id;
    this.text = text;
    this.html = html;
    this.createdAt = createdAt;
  }

  /** A named slot, filled per recipient when the email is sent. */
  public static String slot(String name) {
    return SLOT + name + SLOT;
  }

  public String id() {
    return id;
  }

  public String text() {
    return text;
  }

  public String html() {
    return html;
  }
}
