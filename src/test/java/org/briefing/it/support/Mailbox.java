package org.briefing.it.support;

import static org.awaitility.Awaitility.await;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The test SMTP server's mailbox, read as a person would read their inbox. */
public final class Mailbox {

  private Mailbox() {}

  /** Every message received so far for one address. */
  public static List<MimeMessage> to(String address) {
    return Arrays.stream(TestEnvironment.mail().getReceivedMessages())
        .filter(m -> recipients(m).contains(address))
        .toList();
  }

  /** Waits (bounded) until an address has received {@code count} messages; returns them all. */
  public static List<MimeMessage> awaitMessages(String address, int count) {
    return await("" + count + " email(s) to " + address)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> to(address), messages -> messages.size() >= count);
  }

  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Optional<String> header(MimeMessage message, String name) {
    try {
      return Optional.ofNullable(message.getHeader(name, ","));
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The part of the given type ({@code text/plain} or {@code text/html}), decoded. */
  public static Optional<String> part(MimeMessage message, String type) {
    try {
      Object content = message.getContent();
      if (content instanceof String text) {
        return message.isMimeType(type) ? Optional.of(text) : Optional.empty();
      }
      Multipart multipart = (Multipart) content;
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        if (part.isMimeType(type)) {
          return Optional.of((String) part.getContent());
        }
      }
      return Optional.empty();
    } catch (MessagingException | IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> recipients(MimeMessage message) {
    try {
      Address[] all = message.getAllRecipients();
      return all == null ? List.of() : Arrays.stream(all).map(Address::toString).toList();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
