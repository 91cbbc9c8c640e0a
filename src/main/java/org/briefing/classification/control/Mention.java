package org.briefing.classification.control;

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
}
