package org.briefing.outbox.control;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.TransactionalException;
import javax.transaction.xa.XAException;
import org.apache.activemq.artemis.api.core.ActiveMQDuplicateIdException;
import org.apache.activemq.artemis.api.core.ActiveMQNotConnectedException;
import org.junit.jupiter.api.Test;

/** The broker's refusal of a known duplicate id, as it reaches the relay through JTA. */
class DuplicateRefusalTest {

  /** The chain Liberty gave for a one-phase commit that Artemis refused (seen in OutboxRelayIT). */
  private static RuntimeException throughJta(Exception fromBroker) {
    XAException xa = new XAException(XAException.XAER_RMFAIL);
    xa.initCause(fromBroker);
    HeuristicMixedException mixed = new HeuristicMixedException();
    mixed.initCause(xa);
    return new TransactionalException(null, mixed);
  }

  @Test
  void aDuplicateIdIsRecognisedThroughTheTransactionManagersWrapping() {
    assertThat(DuplicateRefusal.is(throughJta(new ActiveMQDuplicateIdException()))).isTrue();
  }

  @Test
  void anyOtherRefusalIsNot() {
    assertThat(DuplicateRefusal.is(throughJta(new ActiveMQNotConnectedException()))).isFalse();
    assertThat(DuplicateRefusal.is(new IllegalStateException("connection refused"))).isFalse();
  }
}
