package org.briefing.ledger.control;

import java.util.Locale;
import org.briefing.classification.entity.EventType;
import org.briefing.classification.entity.Vocabulary;

/**
 * One line that says what changed, for the API and the digests, in words people read ("offer of
 * cooperation on rare earths"), not the vocabulary's slugs. Plain Java.
 */
public final class ChangeSummary {

  private ChangeSummary() {}

  public static String of(
      String actor, String target, String topic, String from, String to, LedgerRules.Kind kind) {
    String on = topic == null ? "" : " on " + words(topic);
    String pair = actor + " → " + target;
    return switch (kind) {
      case FIRST_CONTACT -> "First contact" + on + ": " + pair + ", " + words(to);
      case DEAL_STEP ->
          "Deal moves from " + words(from) + " to " + words(to) + " (" + pair + on + ")";
      case TURN ->
          (EventType.of(to).map(EventType::direction).orElse(null)
                      == EventType.Direction.COOPERATIVE
                  ? "Turn to cooperation"
                  : "Turn to conflict")
              + ": from "
              + words(from)
              + " to "
              + words(to)
              + " ("
              + pair
              + on
              + ")";
    };
  }

  private static String words(String word) {
    return word == null ? "" : Vocabulary.label(word).toLowerCase(Locale.ROOT);
  }
}
