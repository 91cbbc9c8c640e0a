package org.briefing.mail.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** The record that an email went out; its id makes sending idempotent. */
@Entity
@Table(name = "sent_mail")
public class SentMail {

  @Id private String id;

  @Column(nullable = false)
  private String kind;

  @Column(name = "recipient", nullable = false)
  private String recipient;

  @Column(nullable = false)
  private String subject;

  @Column(name = "sent_at", nullable = false)
  private Instant sentAt;

  protected SentMail() {}

  public SentMail(String id, String kind, String recipient, String subject, Instant sentAt) {
    this.id = id;
    this.kind = kind;
    this.recipient = recipient;
    this.subject = subject;
    this.sentAt = sentAt;
  }

  public String id() {
    return id;
  }
}
