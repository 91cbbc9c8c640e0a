package org.briefing.outbox.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A batch goes in one transaction; a refused one goes one message per transaction. */
class BatchOrOneByOneTest {

  /** A broker as the relay meets it: it refuses a transaction holding an id it already has. */
  private static final class Broker implements Consumer<List<String>> {
    final Set<String> has = new HashSet<>();
    final List<List<String>> transactions = new ArrayList<>();
    boolean away;

    @Override
    public void accept(List<String> messages) {
      transactions.add(List.copyOf(messages));
      if (away) {
        throw new IllegalStateException("connection refused");
      }
      if (messages.stream().anyMatch(has::contains)) {
        throw new AlreadyHad();
      }
      has.addAll(messages);
    }
  }

  private static final class AlreadyHad extends RuntimeException {}

  private static int send(Broker broker, List<String> batch) {
    return BatchOrOneByOne.send(batch, broker, e -> e instanceof AlreadyHad);
  }

  @Test
  void aBatchTheBrokerTakesIsOneTransaction() {
    Broker broker = new Broker();

    assertThat(send(broker, List.of("a", "b", "c"))).isZero();
    assertThat(broker.transactions).containsExactly(List.of("a", "b", "c"));
  }

  @Test
  void aBatchHoldingAMessageTheBrokerHasGoesOneByOneAndTheOthersArrive() {
    Broker broker = new Broker();
    broker.has.add("b");

    assertThat(send(broker, List.of("a", "b", "c"))).as("already had").isEqualTo(1);
    assertThat(broker.has).containsExactlyInAnyOrder("a", "b", "c");
    assertThat(broker.transactions)
        .containsExactly(List.of("a", "b", "c"), List.of("a"), List.of("b"), List.of("c"));
  }

  @Test
  void oneMessageTheBrokerHasCountsAsSent() {
    Broker broker = new Broker();
    broker.has.add("a");

    assertThat(send(broker, List.of("a"))).isEqualTo(1);
    assertThat(broker.transactions).containsExactly(List.of("a"));
  }

  @Test
  void aBrokerThatIsAwayFailsTheBatchAfterOneTryAlone() {
    Broker broker = new Broker();
    broker.away = true;

    assertThatThrownBy(() -> send(broker, List.of("a", "b", "c"))).hasMessage("connection refused");
    assertThat(broker.transactions).containsExactly(List.of("a", "b", "c"), List.of("a"));
  }
}
