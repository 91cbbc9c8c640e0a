package org.briefing.classification.entity;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The kinds of diplomatic act, after CAMEO's event families (see vocabulary.md), with what the
 * classifier, the ledger and the readers' emails need to know of each.
 */
public enum EventType {
  OFFER_COOPERATION("offer-cooperation", "Offer of cooperation", Direction.COOPERATIVE, 1),
  NEGOTIATE("negotiate", "Talks", Direction.COOPERATIVE, 2),
  SIGN_AGREEMENT("sign-agreement", "Agreement signed", Direction.COOPERATIVE, 3),
  RATIFY("ratify", "Ratification", Direction.COOPERATIVE, 4),
  INVEST("invest", "Investment", Direction.COOPERATIVE, 0),
  DEMAND("demand", "Demand", Direction.CONFLICTUAL, 0),
  ACCUSE("accuse", "Accusation", Direction.CONFLICTUAL, 0),
  THREATEN("threaten", "Threat", Direction.CONFLICTUAL, 0),
  REJECT("reject", "Rejection", Direction.CONFLICTUAL, 0),
  IMPOSE_RESTRICTION("impose-restriction", "Restriction imposed", Direction.CONFLICTUAL, 0),
  EASE_RESTRICTION("ease-restriction", "Restriction eased", Direction.COOPERATIVE, 0),
  PRAISE("praise", "Praise", Direction.COOPERATIVE, 0),
  OTHER("other", "Other", Direction.NEUTRAL, 0);

  /** Whether an act pulls two actors together or apart; "other" acts do neither. */
  public enum Direction {
    COOPERATIVE,
    CONFLICTUAL,
    NEUTRAL
  }

  private static final Map<String, EventType> BY_WORD =
      Arrays.stream(values())
          .collect(Collectors.toUnmodifiableMap(t -> t.word, Function.identity()));

  private final String word;
  private final String label;
  private final Direction direction;
  private final int dealStage;

  EventType(String word, String label, Direction direction, int dealStage) {
    this.word = word;
    this.label = label;
    this.direction = direction;
    this.dealStage = dealStage;
  }

  /** The type a vocabulary word names: "sign-agreement" is {@link #SIGN_AGREEMENT}. */
  public static Optional<EventType> of(String word) {
    return Optional.ofNullable(word == null ? null : BY_WORD.get(word));
  }

  /** The type a word of the vocabulary names; for words the code itself wrote. */
  public static EventType fromWord(String word) {
    return of(word).orElseThrow(() -> new IllegalArgumentException("no event type " + word));
  }

  /** The word in the label vocabulary, the API and stored state: "sign-agreement". */
  public String word() {
    return word;
  }

  /** How a reader sees it: "Agreement signed". */
  public String label() {
    return label;
  }

  public Direction direction() {
    return direction;
  }

  /** Where the act stands in a deal (offer 1, talks 2, signature 3, ratification 4); else 0. */
  public int dealStage() {
    return dealStage;
  }

  /** Whether it imposes or eases a restriction (export controls, bans, sanctions, tariffs). */
  public boolean restriction() {
    return this == IMPOSE_RESTRICTION || this == EASE_RESTRICTION;
  }

  /** Talks and signatures have no direction: US–UA talks are UA–US talks. */
  public boolean twoSided() {
    return this == NEGOTIATE || this == SIGN_AGREEMENT;
  }

  /** Whether it is scored and announced; "other" (mediation, visits) is neither. */
  public boolean scored() {
    return this != OTHER;
  }

  @Override
  public String toString() {
    return word;
  }
}
