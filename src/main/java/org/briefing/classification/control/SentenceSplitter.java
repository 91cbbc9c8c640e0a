package org.briefing.classification.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits news text into sentences in one pass over its characters: at line breaks, and after {@code
 * . ! ?} (and any closing quote or bracket) when the next word starts with a capital, a digit or a
 * quote, unless the word before the full stop is an abbreviation ("Mr.", "U.S.", "Jan.") or an
 * initial. Agency copy has few other traps, and this is several times faster than {@code
 * java.text.BreakIterator}, which also splits after "U.S.".
 */
final class SentenceSplitter {

  /** A sentence's span in the text. */
  record Span(int start, int end) {}

  private static final Set<String> ABBREVIATIONS = WordSets.of("SentenceSplitter.abbreviations");

  private SentenceSplitter() {}

  static List<Span> split(String text) {
    var spans = new ArrayList<Span>();
    int n = text.length();
    int start = 0;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        add(spans, text, start, i);
        start = i + 1;
      } else if (c == '.' || c == '!' || c == '?') {
        int j = i + 1;
        while (j < n && isCloser(text.charAt(j))) {
          j++;
        }
        if (j < n && !Character.isWhitespace(text.charAt(j))) {
          continue; // "3.5", "U.S.-led"
        }
        int k = j;
        while (k < n && text.charAt(k) == ' ') {
          k++;
        }
        if (k < n && text.charAt(k) != '\n' && !startsSentence(text.charAt(k))) {
          continue;
        }
        if (c == '.' && isAbbreviation(text, i) && (k >= n || text.charAt(k) != '\n')) {
          continue;
        }
        add(spans, text, start, j);
        start = j;
        i = j - 1;
      }
    }
    add(spans, text, start, n);
    return spans;
  }

  private static boolean isCloser(char c) {
    return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']';
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c)
        || Character.isDigit(c)
        || c == '"'
        || c == '“'
        || c == '‘'
        || c == '\''
        || c == '(';
  }

  /** Whether the word that ends at the full stop at {@code dot} is an abbreviation or initial. */
  private static boolean isAbbreviation(String text, int dot) {
    int b = dot;
    while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
      b--;
    }
    int len = dot - b;
    if (len == 0) {
      return false;
    }
    if (len == 1 && Character.isUpperCase(text.charAt(b))) {
      return true; // an initial: "George W. Bush"
    }
    return len <= 6 && ABBREVIATIONS.contains(text.substring(b, dot).toLowerCase(Locale.ROOT));
  }

  private static void add(List<Span> spans, String text, int start, int end) {
    while (start < end && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > start) {
      spans.add(new Span(start, end));
    }
  }
}
