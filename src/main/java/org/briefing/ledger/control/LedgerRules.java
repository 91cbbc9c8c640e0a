package org.briefing.ledger.control;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

  /** Whether an event type pulls two actors together or apart. */
  public enum Direction {
    COOPERATIVE,
    CONFLICTUAL,
    NEUTRAL
  }

  private static final Set<String> COOPERATIVE =
      Set.of(
          "offer-cooperation",
          "negotiate",
          "sign-agreement",
          "ratify",
          "invest",
          "ease-restriction",
          "praise");

  private static final Set<String> CONFLICTUAL =
      Set.of("demand", "accuse", "threaten", "reject", "impose-restriction");

  /** The stages of a deal, in order; other types have no stage. */
  private static final Map<String, Integer> DEAL_STAGE =
      Map.of("offer-cooperation", 1, "negotiate", 2, "sign-agreement", 3, "ratify", 4);

  private LedgerRules() {}

  /**
   * The state between two actors on a topic, as far as the ledger knows it.
   *
   * @param lastType the latest event type
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

  public static Direction direction(String type) {
    if (COOPERATIVE.contains(type)) {
      return Direction.COOPERATIVE;
    }
    if (CONFLICTUAL.contains(type)) {
      return Direction.CONFLICTUAL;
    }
    return Direction.NEUTRAL;
  }

  public static int stage(String type) {
    return DEAL_STAGE.getOrDefault(type, 0);
  }

  /**
   * Applies an event that happened at {@code at}. An event older than the state is history: it
   * fills in the past (a first contact may move earlier) but announces nothing. A background event
   * (reported as earlier history) updates the state silently. A deal that moves back a stage
   * ("talks" reported after a signing) does not undo the signing.
   */
  public static Outcome apply(State state, String type, Instant at, boolean background) {
    Direction direction = direction(type);
    if (direction == Direction.NEUTRAL) {
      return new Outcome(state, Optional.empty()); // "other" acts do not move the state
    }
    if (state.known() && at.isBefore(state.lastAt())) {
      return new Outcome(state, Optional.empty());
    }
    State next =
        new State(type, Math.max(state.stage(), stage(type)), direction, latest(state, at));
    if (background) {
      return new Outcome(next, Optional.empty());
    }
    if (!state.known()) {
      return new Outcome(next, Optional.of(Kind.FIRST_CONTACT));
    }
    if (state.direction() != Direction.NEUTRAL && state.direction() != direction) {
      return new Outcome(next, Optional.of(Kind.TURN));
    }
    if (stage(type) > state.stage()) {
      return new Outcome(next, Optional.of(Kind.DEAL_STEP));
    }
    return new Outcome(next, Optional.empty());
  }

  private static Instant latest(State state, Instant at) {
    return state.known() && state.lastAt().isAfter(at) ? state.lastAt() : at;
  }
}
