package org.briefing.mail.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Logger;
import org.briefing.links.control.ReaderLinks;
import org.briefing.mail.entity.MailMessage;
import org.briefing.mail.entity.SentMail;
import org.briefing.pipeline.control.PipelineMetrics;

/**
 * Delivers an email at most once per id: a redelivered message whose email is recorded as sent is
 * dropped. SMTP is not transactional, so a crash between the hand-over and the commit can still
 * send twice; the window is the few milliseconds of the commit.
 */
@ApplicationScoped
public class Delivery {

  private static final Logger LOG = Logger.getLogger(Delivery.class.getName());

  @PersistenceContext EntityManager em;
  @Inject Mailer mailer;
  @Inject Clock clock;
  @Inject PipelineMetrics metrics;
  @Inject MailBodies bodies;
  @Inject ReaderLinks links;

  @Transactional
  public void deliver(MailMessage message) {
    if (em.find(SentMail.class, message.id()) != null) {
      LOG.info(() -> "Email " + message.id() + " was sent before; not sending it again");
      return;
    }
    MailMessage mail = complete(message);
    long sending = System.nanoTime();
    try {
      mailer.send(mail);
    } catch (MessagingException e) {
      metrics.mailFailed(mail.kind());
      throw new IllegalStateException(
          "SMTP refused or failed " + mail.kind() + " email " + mail.id() + ": " + e.getMessage(),
          e);
    }
    metrics.mailSent(mail.kind(), java.time.Duration.ofNanos(System.nanoTime() - sending));
    em.persist(new SentMail(mail.id(), mail.kind(), mail.to(), mail.subject(), Instant.now(clock)));
    LOG.info(() -> "Sent " + mail.kind() + " email " + mail.id());
  }

  /**
   * The email as it goes out: its stored body, if it names one, with the reader's link tokens in
   * its slots, derived here so that no token waits on the queue.
   */
  private MailMessage complete(MailMessage message) {
    MailMessage whole =
        message.bodyId() == null
            ? message
            : message.withBody(
                bodies
                    .find(message.bodyId())
                    .orElseThrow(
                        () ->
                            new IllegalStateException(
                                "The body "
                                    + message.bodyId()
                                    + " of email "
                                    + message.id()
                                    + " is not stored (deleted as too old?)")));
    return whole.filled(
        message.reader() == null
            ? java.util.Map.of()
            : links.slots(message.reader(), message.confirmUntil()));
  }
}
