package org.briefing.ledger.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.briefing.ledger.control.LedgerRules.Kind;
import org.briefing.ledger.control.LedgerRules.Outcome;
import org.briefing.ledger.control.LedgerRules.State;
import org.junit.jupiter.api.Test;

class LedgerRulesTest {

  private static final Instant MON = Instant.parse("2025-02-24T10:00:00Z");
  private static final Instant TUE = Instant.parse("2025-02-25T10:00:00Z");
  private static final Instant WED = Instant.parse("2025-02-26T10:00:00Z");

  @Test
  void offerThenTalksThenSignatureAreThreeChanges() {
    Outcome offer = LedgerRules.apply(State.NONE, "offer-cooperation", MON, false);
    Outcome talks = LedgerRules.apply(offer.state(), "negotiate", TUE, false);
    Outcome signed = LedgerRules.apply(talks.state(), "sign-agreement", WED, false);

    assertThat(offer.change()).contains(Kind.FIRST_CONTACT);
    assertThat(talks.change()).contains(Kind.DEAL_STEP);
    assertThat(signed.change()).contains(Kind.DEAL_STEP);
    assertThat(signed.state().stage()).isEqualTo(3);
  }

  @Test
  void sameStepReportedAgainIsNoChange() {
    State talks = LedgerRules.apply(State.NONE, "negotiate", MON, false).state();

    assertThat(LedgerRules.apply(talks, "negotiate", TUE, false).change()).isEmpty();
  }

  @Test
  void aTurnFromAccusationToOfferIsAChange() {
    // The seed: an earlier accusation in the background, then the offer.
    State accused = LedgerRules.apply(State.NONE, "accuse", TUE, true).state();
    Outcome offer = LedgerRules.apply(accused, "offer-cooperation", TUE, false);

    assertThat(offer.change()).contains(Kind.TURN);
    assertThat(LedgerRules.apply(offer.state(), "impose-restriction", WED, false).change())
        .contains(Kind.TURN);
  }

  @Test
  void anOlderArticlePostedLateIsHistoryNotNews() {
    State signed = LedgerRules.apply(State.NONE, "sign-agreement", WED, false).state();
    Outcome old = LedgerRules.apply(signed, "reject", MON, false);

    assertThat(old.change()).isEmpty();
    assertThat(old.state()).isEqualTo(signed);
  }

  @Test
  void backgroundAloneAnnouncesNothingAndOtherActsDoNotMoveTheState() {
    assertThat(LedgerRules.apply(State.NONE, "accuse", MON, true).change()).isEmpty();
    assertThat(LedgerRules.apply(State.NONE, "other", MON, false).state()).isEqualTo(State.NONE);
  }

  @Test
  void talksAfterASigningDoNotUndoIt() {
    State signed = LedgerRules.apply(State.NONE, "sign-agreement", MON, false).state();
    Outcome talks = LedgerRules.apply(signed, "negotiate", TUE, false);

    assertThat(talks.change()).isEmpty();
    assertThat(talks.state().stage()).isEqualTo(3);
  }
}
