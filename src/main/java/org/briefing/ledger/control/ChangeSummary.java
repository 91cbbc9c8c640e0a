package org.briefing.ledger.control;

/** One line that says what changed, for the API and the digests. Plain Java. */
public final class ChangeSummary {

  private ChangeSummary() {}

  public static String of(
      String actor, String target, String topic, String from, String to, LedgerRules.Kind kind) {
    String act = actor + " → " + target + ": " + to + " on " + topic;
    return switch (kind) {
      case FIRST_CONTACT -> "First contact on " + topic + ": " + actor + " → " + target + ", " + to;
      case DEAL_STEP -> "Deal moves from " + from + " to " + to + " (" + act + ")";
      case TURN ->
          (LedgerRules.direction(to) == LedgerRules.Direction.COOPERATIVE
                  ? "Turn to cooperation"
                  : "Turn to conflict")
              + ": from "
              + from
              + " to "
              + to
              + " ("
              + act
              + ")";
    };
  }
}
