package org.briefing.classification.control;

import org.briefing.classification.entity.EventType;

/**
 * One line of the gazetteer as the matcher sees it.
 *
 * @param kind what the phrase names
 * @param surface the phrase as written in the gazetteer, without a trailing {@code *}
 * @param value the actor code, person's full name, topic, event type, cue or role
 * @param detail the actor form (name, capital, adjective, body, office), a person's state, an
 *     event's part of speech (verb, noun) or a role's scope (state, private)
 * @param caseSensitive whether the text must have the surface's exact case
 * @param prefix whether the phrase may be followed by more letters of the same word
 * @param act the act an event word reports; null for other kinds and for words marked "none"
 */
record Term(
    Kind kind,
    String surface,
    String value,
    String detail,
    boolean caseSensitive,
    boolean prefix,
    EventType act) {

  /** A term; an event word's act is looked up once here, not at every reading of the word. */
  Term(
      Kind kind,
      String surface,
      String value,
      String detail,
      boolean caseSensitive,
      boolean prefix) {
    this(
        kind,
        surface,
        value,
        detail,
        caseSensitive,
        prefix,
        kind == Kind.TRIGGER ? EventType.of(value).orElse(null) : null);
  }

  enum Kind {
    ACTOR,
    PERSON,
    ROLE,
    TOPIC,
    TRIGGER,
    CUE
  }

  /** Entities compete for the same span of text; the longest one wins. */
  boolean isEntity() {
    return kind == Kind.ACTOR || kind == Kind.PERSON || kind == Kind.ROLE;
  }

  boolean isNoun() {
    return "noun".equals(detail);
  }
}
