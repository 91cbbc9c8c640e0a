package org.briefing.mail.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import org.briefing.mail.entity.MailMessage;

/** Sends one email over SMTP with Jakarta Mail: plain text, and HTML as an alternative part. */
@ApplicationScoped
public class Mailer {

  @Resource(lookup = "mail/briefing")
  Session session;

  public void send(MailMessage mail) throws MessagingException {
    String messageId = "<" + mail.id() + "@briefing-gateway>";
    // Transport.send saves the message again, which makes a new Message-ID unless told otherwise:
    // keep ours, so that a resend is recognisable (and a digest names its round).
    MimeMessage message =
        new MimeMessage(session) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
          }
        };
    message.setFrom(); // the mail session's "from"
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    message.setSentDate(new Date());
    message.setHeader("Auto-Submitted", "auto-generated");
    for (var header : mail.headers().entrySet()) {
      message.setHeader(header.getKey(), header.getValue());
    }
    if (mail.html() == null) {
      message.setText(mail.text(), StandardCharsets.UTF_8.name());
    } else {
      MimeBodyPart text = new MimeBodyPart();
      text.setText(mail.text(), StandardCharsets.UTF_8.name());
      MimeBodyPart html = new MimeBodyPart();
      html.setText(mail.html(), StandardCharsets.UTF_8.name(), "html");
      MimeMultipart alternative = new MimeMultipart("alternative", text, html);
      message.setContent(alternative);
    }
    Transport.send(message);
  }
}
