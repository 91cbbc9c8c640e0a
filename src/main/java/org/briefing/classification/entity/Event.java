package org.briefing.classification.entity;

/**
 * One diplomatic act found in an article: who did what to whom, about which topic, shown by which
 * sentence. Words come from the label vocabulary (actor codes, event types, topics).
 *
 * @param actor the acting state or organisation code, e.g. {@code RU}
 * @param target the state or organisation acted upon, e.g. {@code US}
 * @param type the event type, e.g. {@code offer-cooperation}
 * @param topic the topic the act is about, or {@code null} when none can be told
 * @param evidence the sentence that shows the act
 * @param background whether the article reports the act as earlier history, not as news
 */
public record Event(
    String actor, String target, String type, String topic, String evidence, boolean background) {}
