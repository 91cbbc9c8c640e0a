package org.briefing.classification.control;

import org.briefing.classification.entity.EventType;

/**
 * A gazetteer term found in an article's text.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param term what was found
 * @param sentence index of the sentence that holds it
 */
record Mention(int start, int end, Term term, int sentence) {

  Term.Kind kind() {
    return term.kind();
  }

  String value() {
    return term.value();
  }

  /** The act an event word reports; null for other terms and for event words marked "none". */
  EventType act() {
    return term.act();
  }
}
