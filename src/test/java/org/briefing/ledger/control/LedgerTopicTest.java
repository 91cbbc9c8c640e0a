package org.briefing.ledger.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.briefing.classification.entity.Classification;
import org.briefing.classification.entity.Event;
import org.briefing.classification.entity.EventType;
import org.junit.jupiter.api.Test;

class LedgerTopicTest {

  private static Classification about(String... topics) {
    return new Classification(
        true, 1.0, List.of(topics), List.of("RU", "US"), List.of(), List.of(), List.of());
  }

  private static Event offer(String topic) {
    return new Event("RU", "US", EventType.OFFER_COOPERATION, topic, "…", false);
  }

  @Test
  void anActOnASpecificMineralIsFiledUnderIt() {
    assertThat(Ledger.ledgerTopic(offer("lithium"), about("rare-earths", "lithium")))
        .isEqualTo("lithium");
  }

  @Test
  void aGenericOrPolicyOrMissingTopicIsFiledUnderTheArticlesFirstMineral() {
    var story = about("minerals-deal", "critical-minerals-general", "rare-earths", "lithium");
    assertThat(Ledger.ledgerTopic(offer("critical-minerals-general"), story))
        .isEqualTo("rare-earths");
    assertThat(Ledger.ledgerTopic(offer("mining-concessions"), story)).isEqualTo("rare-earths");
    assertThat(Ledger.ledgerTopic(offer(null), story)).isEqualTo("rare-earths");
  }

  @Test
  void withoutASpecificMineralTheGenericTopicThenTheFirstTopicThenGeneric() {
    assertThat(Ledger.primaryTopic(about("minerals-deal", "critical-minerals-general")))
        .isEqualTo("critical-minerals-general");
    assertThat(Ledger.primaryTopic(about("sanctions"))).isEqualTo("sanctions");
    assertThat(Ledger.primaryTopic(about())).isEqualTo("critical-minerals-general");
  }
}
