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
 * @param fill this recipient's values for the stored body's slots ({@link MailBody#slot}), by name
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

  /** An email whose body is stored: the recipient's values go into its slots. */
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

  /**
   * The complete email, with this recipient's values in the stored body's slots and nowhere else: a
   * search for a placeholder's text once also found it in an article's link, and put the reader's
   * manage token there.
   */
  public MailMessage withBody(MailBody body) {
    return complete(id, kind, to, subject, filled(body.text()), filled(body.html()), headers);
  }

  private String filled(String part) {
    if (part == null || part.indexOf(MailBody.SLOT) < 0) {
      return part;
    }
    StringBuilder out = new StringBuilder(part.length() + 64);
    int at = 0;
    int open;
    while ((open = part.indexOf(MailBody.SLOT, at)) >= 0) {
      int close = part.indexOf(MailBody.SLOT, open + 1);
      if (close < 0) {
        break;
      }
      out.append(part, at, open).append(fill.getOrDefault(part.substring(open + 1, close), ""));
      at = close + 1;
    }
    return out.append(part, at, part.length()).toString();
  }
}
