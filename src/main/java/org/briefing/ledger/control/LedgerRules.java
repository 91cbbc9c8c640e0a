package org.briefing.ledger.control;

import java.time.Instant;
import java.util.Optional;
import org.briefing.classification.entity.EventType;
import org.briefing.classification.entity.EventType.Direction;
import org.briefing.ledger.entity.PairState;

/**
 * What counts as a change in the state between two actors on a topic (see vocabulary.md): a first
 * event between them, a step in a deal (offer → negotiate → sign → ratify), or a turn from conflict
 * to cooperation or back. Plain Java, no state of its own.
 */
public final class LedgerRules {

  /** The kind of change an event makes. */
  public enum Kind {
    FIRST_CONTACT("first contact"),
    DEAL_STEP("deal step"),
    TURN("turn");

    private final String words;

    Kind(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }

  private LedgerRules() {}

  /** The outcome of applying one event: the new state, and the change it makes, if any. */
  public record Outcome(PairState state, Optional<Kind> change) {}

  /**
   * Applies an event that happened at {@code at}. An event older than the state is history: it
   * fills in the past (a first contact may move earlier) but announces nothing. A background event
   * (reported as earlier history) updates the state silently. A deal that moves back a stage
   * ("talks" reported after a signing) does not undo the signing.
   */
  public static Outcome apply(PairState state, EventType type, Instant at, boolean background) {
    Direction direction = type.direction();
    if (direction == Direction.NEUTRAL) {
      return new Outcome(state, Optional.empty()); // "other" acts do not move the state
    }
    if (state.known() && at.isBefore(state.lastAt())) {
      return new Outcome(state, Optional.empty());
    }
    PairState next =
        new PairState(
            type.word(), Math.max(state.stage(), type.dealStage()), direction, latest(state, at));
    if (background) {
      return new Outcome(next, Optional.empty());
    }
    if (!state.known()) {
      return new Outcome(next, Optional.of(Kind.FIRST_CONTACT));
    }
    if (state.direction() != Direction.NEUTRAL && state.direction() != direction) {
      return new Outcome(next, Optional.of(Kind.TURN));
    }
    if (type.dealStage() > state.stage()) {
      return new Outcome(next, Optional.of(Kind.DEAL_STEP));
    }
    return new Outcome(next, Optional.empty());
  }

  private static Instant latest(PairState state, Instant at) {
    return state.known() && state.lastAt().isAfter(at) ? state.lastAt() : at;
  }
}
