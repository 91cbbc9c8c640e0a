package org.briefing.ledger.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.briefing.classification.entity.EventType;
import org.briefing.ledger.control.LedgerRules.Kind;
import org.briefing.ledger.control.LedgerRules.Outcome;
import org.briefing.ledger.entity.PairState;
import org.junit.jupiter.api.Test;

class LedgerRulesTest {

  private static final Instant MON = Instant.parse("2025-02-24T10:00:00Z");
  private static final Instant TUE = Instant.parse("2025-02-25T10:00:00Z");
  private static final Instant WED = Instant.parse("2025-02-26T10:00:00Z");

  @Test
  void offerThenTalksThenSignatureAreThreeChanges() {
    Outcome offer = LedgerRules.apply(PairState.NONE, EventType.OFFER_COOPERATION, MON, false);
    Outcome talks = LedgerRules.apply(offer.state(), EventType.NEGOTIATE, TUE, false);
    Outcome signed = LedgerRules.apply(talks.state(), EventType.SIGN_AGREEMENT, WED, false);

    assertThat(offer.change()).contains(Kind.FIRST_CONTACT);
    assertThat(talks.change()).contains(Kind.DEAL_STEP);
    assertThat(signed.change()).contains(Kind.DEAL_STEP);
    assertThat(signed.state().stage()).isEqualTo(3);
  }

  @Test
  void sameStepReportedAgainIsNoChange() {
    PairState talks = LedgerRules.apply(PairState.NONE, EventType.NEGOTIATE, MON, false).state();

    assertThat(LedgerRules.apply(talks, EventType.NEGOTIATE, TUE, false).change()).isEmpty();
  }

  @Test
  void aTurnFromAccusationToOfferIsAChange() {
    // The seed: an earlier accusation in the background, then the offer.
    PairState accused = LedgerRules.apply(PairState.NONE, EventType.ACCUSE, TUE, true).state();
    Outcome offer = LedgerRules.apply(accused, EventType.OFFER_COOPERATION, TUE, false);

    assertThat(offer.change()).contains(Kind.TURN);
    assertThat(LedgerRules.apply(offer.state(), EventType.IMPOSE_RESTRICTION, WED, false).change())
        .contains(Kind.TURN);
  }

  @Test
  void anOlderArticlePostedLateIsHistoryNotNews() {
    PairState signed =
        LedgerRules.apply(PairState.NONE, EventType.SIGN_AGREEMENT, WED, false).state();
    Outcome old = LedgerRules.apply(signed, EventType.REJECT, MON, false);

    assertThat(old.change()).isEmpty();
    assertThat(old.state()).isEqualTo(signed);
  }

  @Test
  void backgroundAloneAnnouncesNothingAndOtherActsDoNotMoveTheState() {
    assertThat(LedgerRules.apply(PairState.NONE, EventType.ACCUSE, MON, true).change()).isEmpty();
    assertThat(LedgerRules.apply(PairState.NONE, EventType.OTHER, MON, false).state())
        .isEqualTo(PairState.NONE);
  }

  @Test
  void talksAfterASigningDoNotUndoIt() {
    PairState signed =
        LedgerRules.apply(PairState.NONE, EventType.SIGN_AGREEMENT, MON, false).state();
    Outcome talks = LedgerRules.apply(signed, EventType.NEGOTIATE, TUE, false);

    assertThat(talks.change()).isEmpty();
    assertThat(talks.state().stage()).isEqualTo(3);
  }
}
