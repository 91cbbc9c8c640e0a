package org.briefing.classification.control;

import java.util.Locale;
import java.util.Set;

/** Small look-ups of the words around a position in a text, without tokenising the whole text. */
final class Words {

  private static final Set<String> DETERMINERS = WordSets.of("Words.determiners");

  private Words() {}

  /**
   * The word before {@code pos} (lower case), skipping determiners ("with the US" gives "with"); an
   * empty string at {@code floor} or at a punctuation mark other than a quote.
   */
  static String before(String text, int pos, int floor) {
    int end = pos;
    while (true) {
      while (end > floor && isQuoteOrSpace(text.charAt(end - 1))) {
        end--;
      }
      int start = end;
      while (start > floor && isWordChar(text.charAt(start - 1))) {
        start--;
      }
      if (start == end) {
        return "";
      }
      String word = text.substring(start, end).toLowerCase(Locale.ROOT);
      if (!DETERMINERS.contains(word)) {
        return word;
      }
      end = start;
    }
  }

  /**
   * The word after {@code pos} (lower case), or an empty string before punctuation or {@code
   * limit}.
   */
  static String after(String text, int pos, int limit) {
    int start = wordStart(text, pos, limit);
    int end = skip(text, pos, limit);
    while (end > start && (text.charAt(end - 1) == '\'' || text.charAt(end - 1) == '’')) {
      end--; // a closing quote: "‘ready to fight’"
    }
    return text.substring(start, end).toLowerCase(Locale.ROOT);
  }

  /** The position after the word that follows {@code pos}. */
  static int skip(String text, int pos, int limit) {
    int end = wordStart(text, pos, limit);
    while (end < limit && isWordChar(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static int wordStart(String text, int pos, int limit) {
    int start = pos;
    while (start < limit && isQuoteOrSpace(text.charAt(start))) {
      start++;
    }
    return start;
  }

  /**
   * The number of words between {@code from} and {@code to}, or -1 when a comma, semicolon, colon
   * or dash stands between them.
   */
  static int between(String text, int from, int to) {
    int words = 0;
    boolean inWord = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '(' && isAbbreviation(text, i)) {
        i = text.indexOf(')', i); // "(MoU)" adds no word and ends no clause
        continue;
      }
      if (c == ',' || c == ';' || c == ':' || c == '–' || c == '—' || c == '(' || c == ')') {
        return -1;
      }
      boolean w = isWordChar(c);
      if (w && !inWord) {
        words++;
      }
      inWord = w;
    }
    return words;
  }

  /** Whether a bracket at {@code open} holds a short abbreviation: "(MoU)", "(CRMs)", "(DFC)". */
  static boolean isAbbreviation(String text, int open) {
    int close = text.indexOf(')', open);
    if (close < 0 || close - open > 9 || close - open < 3) {
      return false;
    }
    for (int i = open + 1; i < close; i++) {
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        return false;
      }
    }
    return Character.isUpperCase(text.charAt(open + 1));
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-';
  }

  private static boolean isQuoteOrSpace(char c) {
    return Character.isWhitespace(c) || c == '"' || c == '“' || c == '”' || c == '‘';
  }
}
