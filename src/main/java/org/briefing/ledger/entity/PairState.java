package org.briefing.ledger.entity;

import java.time.Instant;
import org.briefing.classification.entity.EventType.Direction;

/**
 * The state between two actors on a topic, as far as the ledger knows it.
 *
 * @param lastType the latest event type's word
 * @param stage the furthest deal stage reached (0 for none)
 * @param direction the direction of the latest cooperative or conflictual event
 * @param lastAt when the latest event happened (its article's publication time)
 */
public record PairState(String lastType, int stage, Direction direction, Instant lastAt) {

  public static final PairState NONE = new PairState(null, 0, Direction.NEUTRAL, Instant.MIN);

  public boolean known() {
    return lastType != null;
  }
}
