package org.briefing.classification.entity;

import jakarta.json.bind.annotation.JsonbTypeAdapter;

/**
 * One diplomatic act found in an article: who did what to whom, about which topic, shown by which
 * sentence. Words come from the label vocabulary (actor codes, event types, topics).
 *
 * @param actor the acting state or organisation code, e.g. {@code RU}
 * @param target the state or organisation acted upon, e.g. {@code US}
 * @param type the kind of act, e.g. {@link EventType#OFFER_COOPERATION}
 * @param topic the topic the act is about, or {@code null} when none can be told
 * @param evidence the sentence that shows the act
 * @param background whether the article reports the act as earlier history, not as news
 * @param direct whether the sentence names both parties as the act's own subject and object (not
 *     found through an earlier sentence, a pronoun, a list or a meeting's participants); the ledger
 *     announces only direct acts as changes
 */
public record Event(
    String actor,
    String target,
    @JsonbTypeAdapter(EventTypeWords.class) EventType type,
    String topic,
    String evidence,
    boolean background,
    boolean direct) {

  /** A direct act. */
  public Event(
      String actor,
      String target,
      EventType type,
      String topic,
      String evidence,
      boolean background) {
    this(actor, target, type, topic, evidence, background, true);
  }
}
