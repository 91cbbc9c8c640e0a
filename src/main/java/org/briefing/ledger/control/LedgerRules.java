package org.briefing.ledger.control;

import java.time.Instant;
import java.util.Optional;
import org.briefing.classification.entity.EventType;
import org.briefing.classification.entity.EventType.Direction;

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

  /**
   * The state between two actors on a topic, as far as the ledger knows it.
   *
   * @param lastType the latest event type's word
   * @param stage the furthest deal stage reached (0 for none)
   * @param direction the direction of the latest cooperative or conflictual event
   * @param lastAt when the latest event happened (its article's publication time)
   */
  public record State(String lastType, int stage, Direction direction, Instant lastAt) {

    public static final State NONE = new State(null, 0, Direction.NEUTRAL, Instant.MIN);

    public boolean known() {
      return lastType != null;
    }
  }

  /** The outcome of applying one event: the new state, and the change it makes, if any. */
  public record Outcome(State state, Optional<Kind> change) {}

  /**
   * Applies an event that happened at {@code at}. An event older than the state is history: it
   * fills in the past (a first contact may move earlier) but announces nothing. A background event
   * (reported as earlier history) updates the state silently. A deal that moves back a stage
   * ("talks" reported after a signing) does not undo the signing.
   */
  public static Outcome apply(State state, EventType type, Instant at, boolean background) {
    Direction direction = type.direction();
    if (direction == Direction.NEUTRAL) {
      return new Outcome(state, Optional.empty()); // "other" acts do not move the state
    }
    if (state.known() && at.isBefore(state.lastAt())) {
      return new Outcome(state, Optional.empty());
    }
    State next =
        new State(
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

  private static Instant latest(State state, Instant at) {
    return state.known() && state.lastAt().isAfter(at) ? state.lastAt() : at;
  }
}
