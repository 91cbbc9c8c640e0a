package org.briefing.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.briefing.mail.entity.MailMessage;
import org.briefing.platform.control.JsonMapper;
import org.briefing.platform.control.QueueSender;
import org.briefing.platform.control.Queues;

/** Hands an email to the mail queue, in the caller's transaction. */
@ApplicationScoped
public class Outbox {

  @Inject QueueSender sender;

  public void post(MailMessage mail) {
    sender.send(
        Queues.MAIL,
        JsonMapper.write(mail),
        Map.of("mailId", mail.id(), "kind", mail.kind(), "to", mail.to()));
  }
}
