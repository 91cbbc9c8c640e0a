package org.briefing.outbox.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;
import org.briefing.outbox.entity.OutboxMessage;

/**
 * Hands outbox messages to the broker, a batch in one broker transaction ({@link
 * BrokerTransaction}); a message the broker already has (sent before a crash kept its row) is
 * dropped by the broker's duplicate detection and counts as sent. The database is not touched here.
 */
@ApplicationScoped
public class OutboxTransport {

  private static final Logger LOG = Logger.getLogger(OutboxTransport.class.getName());

  @Inject BrokerTransaction broker;

  public void send(List<OutboxMessage> messages) {
    int had = BatchOrOneByOne.send(messages, broker::send, DuplicateRefusal::is);
    if (had > 0) {
      LOG.info(
          () ->
              had
                  + " of "
                  + messages.size()
                  + " outbox messages were on the broker already (sent before their rows were"
                  + " deleted) and were not sent again");
    }
  }
}
