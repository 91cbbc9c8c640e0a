package org.briefing.mail.entity;

import java.util.Map;

/**
 * One email waiting on the mail queue, complete: the sender MDB only delivers it.
 *
 * @param id unique per email; a redelivered message with a sent id is not sent again
 * @param kind what it is ({@code confirmation}, {@code digest}, {@code alert}), for operators
 * @param to the one recipient
 * @param subject the subject line
 * @param text the plain-text part
 * @param html the HTML part, or {@code null} for a plain-text email
 * @param headers extra headers, such as {@code List-Unsubscribe}
 */
public record MailMessage(
    String id,
    String kind,
    String to,
    String subject,
    String text,
    String html,
    Map<String, String> headers) {

  public MailMessage {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }
}
