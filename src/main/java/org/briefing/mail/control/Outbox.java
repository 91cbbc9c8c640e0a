package org.briefing.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.briefing.mail.entity.MailMessage;
import org.briefing.outbox.control.QueueSender;
import org.briefing.pipeline.control.JsonMapper;
import org.briefing.pipeline.control.Queues;

/** Hands emails to the mail queue, in the caller's transaction. */
@ApplicationScoped
public class Outbox {

  @Inject QueueSender sender;

  public void post(MailMessage mail) {
    postAll(List.of(mail));
  }

  /** Many emails at once (a batch of a digest round), through one JMS session. */
  public void postAll(List<MailMessage> mails) {
    sender.sendAll(
        Queues.MAIL,
        mails.stream()
            .map(
                mail ->
                    new QueueSender.Outgoing(
                        JsonMapper.write(mail),
                        Map.of("mailId", mail.id(), "kind", mail.kind(), "to", mail.to())))
            .toList());
  }
}
