package org.briefing.ledger.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeSummaryTest {

  @Test
  void aChangeIsToldInWordsNotSlugs() {
    assertThat(
            ChangeSummary.of(
                "RU",
                "US",
                "rare-earths",
                null,
                "offer-cooperation",
                LedgerRules.Kind.FIRST_CONTACT))
        .isEqualTo("First contact on rare earths: RU → US, offer of cooperation");
    assertThat(
            ChangeSummary.of(
                "RU",
                "US",
                "rare-earths",
                "negotiate",
                "sign-agreement",
                LedgerRules.Kind.DEAL_STEP))
        .isEqualTo("Deal moves from talks to agreement signed (RU → US on rare earths)");
    assertThat(
            ChangeSummary.of(
                "RU",
                "US",
                "critical-minerals-general",
                "accuse",
                "offer-cooperation",
                LedgerRules.Kind.TURN))
        .isEqualTo(
            "Turn to cooperation: from accusation to offer of cooperation (RU → US on critical"
                + " minerals in general)");
  }
}
