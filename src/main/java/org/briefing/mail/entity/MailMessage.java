package org.briefing.mail.entity;

import java.util.Map;

/**
 * One email waiting on the mail queue: either complete ({@code text} and {@code html}), or naming a
 * stored {@link MailBody} shared by many recipients ({@code bodyId}). Either may hold slots ({@link
 * MailBody#slot}) for the reader's link tokens, which the sender fills as the email leaves: the
 * message names the reader, never their tokens, since anyone browsing the queue could use them.
 *
 * @param id unique per email; a redelivered message with a sent id is not sent again
 * @param kind what it is ({@code confirmation}, {@code digest}, {@code alert}), for operators
 * @param to the one recipient
 * @param subject the subject line
 * @param text the plain-text part, or {@code null} when the body is stored
 * @param html the HTML part, or {@code null} for a plain-text email or when the body is stored
 * @param headers extra headers, such as {@code List-Unsubscribe}; may hold slots
 * @param bodyId the stored body's id, or {@code null} when the message carries its body
 * @param fill values for slots by name, as they are; only messages queued before tokens were
 *     derived carry one (their manage token), and are sent as they were meant
 * @param reader the subscription whose link tokens fill the slots, or {@code null}
 * @param confirmUntil when the confirmation link expires (epoch milliseconds), which its token
 *     covers; {@code null} for any other email
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
    Map<String, String> fill,
    String reader,
    Long confirmUntil) {

  public MailMessage {
    headers = headers == null ? Map.of() : Map.copyOf(headers);
    fill = fill == null ? Map.of() : Map.copyOf(fill);
  }

  /**
   * A complete email to a reader. (A factory, not a constructor: JSON-B wants the record's one.)
   */
  public static MailMessage complete(
      String id,
      String kind,
      String to,
      String subject,
      String text,
      String html,
      Map<String, String> headers,
      String reader,
      Long confirmUntil) {
    return new MailMessage(
        id, kind, to, subject, text, html, headers, null, null, reader, confirmUntil);
  }

  /** An email whose body is stored; the reader's tokens go into its slots. */
  public static MailMessage ofStoredBody(
      String id,
      String kind,
      String to,
      String subject,
      Map<String, String> headers,
      String bodyId,
      String reader) {
    return new MailMessage(id, kind, to, subject, null, null, headers, bodyId, null, reader, null);
  }

  /** The email with the stored body's parts, slots still open. */
  public MailMessage withBody(MailBody body) {
    return new MailMessage(
        id, kind, to, subject, body.text(), body.html(), headers, null, fill, reader, confirmUntil);
  }

  /**
   * The email as it leaves: these values in its slots and nowhere else (a search for a
   * placeholder's text once also found it in an article's link, and put the reader's manage token
   * there). Values given here come before the message's own {@code fill}.
   */
  public MailMessage filled(Map<String, String> values) {
    Map<String, String> all = new java.util.HashMap<>(fill);
    all.putAll(values);
    Map<String, String> filledHeaders = new java.util.LinkedHashMap<>();
    headers.forEach((name, value) -> filledHeaders.put(name, filled(value, all)));
    return new MailMessage(
        id,
        kind,
        to,
        subject,
        filled(text, all),
        filled(html, all),
        filledHeaders,
        null,
        null,
        reader,
        confirmUntil);
  }

  private static String filled(String part, Map<String, String> values) {
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
      out.append(part, at, open).append(values.getOrDefault(part.substring(open + 1, close), ""));
      at = close + 1;
    }
    return out.append(part, at, part.length()).toString();
  }
}
