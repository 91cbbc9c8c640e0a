package org.briefing.mail.entity;

import java.util.Map;

/**
 * One email waiting on the mail queue: either complete ({@code text} and {@code html}), or naming a
 * stored {@link MailBody} shared by many recipients ({@code bodyId}) with what to fill in for this
 * one ({@code fill}); the sender puts the latter together before sending.
 *
 * @param id unique per email; a redelivered message with a sent id is not sent again
 * @param kind what it is ({@code confirmation}, {@code digest}, {@code alert}), for operators
 * @param to the one recipient
 * @param subject the subject line
 * @param text the plain-text part, or {@code null} when the body is stored
 * @param html the HTML part, or {@code null} for a plain-text email or when the body is stored
 * @param headers extra headers, such as {@code List-Unsubscribe}
 * @param bodyId the stored body's id, or {@code null} when the message carries its body
 * @param fill placeholders in the stored body and this recipient's values for them
 */
public record MailMessage(
    String id,
    String kind,
    String to,
    String subject,
    String text,
    String html,
    Map<String, String> headers,
    String bodyId,
    Map<String, String> fill) {

  public MailMessage {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    fill = fill == null ? Map.of() : Map.copyOf(fill);
  }

  /** A complete email. (A factory, not a constructor: JSON-B wants the record's one.) */
  public static MailMessage complete(
      String id,
      String kind,
      String to,
      String subject,
      String text,
      String html,
      Map<String, String> headers) {
    return new MailMessage(id, kind, to, subject, text, html, headers, null, null);
  }

  /** An email whose body is stored: the recipient's values go into its placeholders. */
  public static MailMessage ofStoredBody(
      String id,
      String kind,
      String to,
      String subject,
      Map<String, String> headers,
      String bodyId,
      Map<String, String> fill) {
    return new MailMessage(id, kind, to, subject, null, null, headers, bodyId, fill);
  }

  /** The complete email, with this recipient's values in the stored body's placeholders. */
  public MailMessage withBody(MailBody body) {
    String filledText = body.text();
    String filledHtml = body.html();
    for (var value : fill.entrySet()) {
      filledText = filledText.replace(value.getKey(), value.getValue());
      filledHtml = filledHtml == null ? null : filledHtml.replace(value.getKey(), value.getValue());
    }
    return complete(id, kind, to, subject, filledText, filledHtml, headers);
  }
}
