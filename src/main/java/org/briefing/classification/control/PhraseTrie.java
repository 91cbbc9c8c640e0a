package org.briefing.classification.control;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A compact, case-folded trie of the gazetteer's phrases, walked from each word start of a text:
 * one pass over the text finds every phrase that starts at a word boundary. All gazetteer phrases
 * start at a word boundary, so this finds what an Aho-Corasick automaton would, without following
 * failure links and without reporting the many in-word hits ("it" in "with") that would then be
 * thrown away. Nodes are int arrays (no boxed characters, no per-call allocation but the hits).
 */
final class PhraseTrie {

  /** Receives each phrase found: its span and its terms. */
  interface Hits {
    void hit(int start, int end, Term[] terms);
  }

  private static final int ROOT = 0;

  /** The root's children by character, for a direct look-up of the first character. */
  private final int[] rootChildren = new int[Character.MAX_VALUE + 1];

  /** Per node: its children's characters and node numbers, sorted by character. */
  private char[][] labels;

  private int[][] children;
  private Term[][] terms;
  private int size;

  PhraseTrie(Map<String, List<Term>> phrases) {
    labels = new char[1024][];
    children = new int[1024][];
    terms = new Term[1024][];
    size = 1;
    Arrays.fill(rootChildren, -1);
    for (var entry : phrases.entrySet()) {
      int node = ROOT;
      String key = entry.getKey();
      for (int i = 0; i < key.length(); i++) {
        node = childOrNew(node, fold(key.charAt(i)));
      }
      terms[node] = entry.getValue().toArray(Term[]::new);
    }
    labels = Arrays.copyOf(labels, size);
    children = Arrays.copyOf(children, size);
    terms = Arrays.copyOf(terms, size);
  }

  /** Calls {@code hits} for every phrase that starts at a word start of {@code text}. */
  void scan(String text, Hits hits) {
    int n = text.length();
    boolean wordBefore = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean word = Character.isLetterOrDigit(c);
      // "n't" is the one phrase that starts inside a word ("didn't")
      boolean start = !wordBefore || (c == 'n' && i + 1 < n && isApostrophe(text.charAt(i + 1)));
      wordBefore = word;
      if (!start) {
        continue;
      }
      int node = rootChildren[fold(c)];
      for (int j = i + 1; node > 0; j++) {
        if (terms[node] != null) {
          hits.hit(i, j, terms[node]);
        }
        if (j == n) {
          break;
        }
        node = child(node, fold(text.charAt(j)));
      }
    }
  }

  int nodes() {
    return size;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  private static char fold(char c) {
    if (c < 128) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
    return Character.toLowerCase(c);
  }

  private int child(int node, char c) {
    char[] l = labels[node];
    if (l == null) {
      return -1;
    }
    for (int k = 0; k < l.length; k++) {
      if (l[k] == c) {
        return children[node][k];
      }
    }
    return -1;
  }

  private int childOrNew(int node, char c) {
    if (node == ROOT) {
      if (rootChildren[c] < 0) {
        rootChildren[c] = newNode();
      }
      return rootChildren[c];
    }
    int existing = child(node, c);
    if (existing >= 0) {
      return existing;
    }
    int created = newNode();
    char[] l = labels[node] == null ? new char[0] : labels[node];
    int[] ch = children[node] == null ? new int[0] : children[node];
    l = Arrays.copyOf(l, l.length + 1);
    ch = Arrays.copyOf(ch, ch.length + 1);
    l[l.length - 1] = c;
    ch[ch.length - 1] = created;
    labels[node] = l;
    children[node] = ch;
    return created;
  }

  private int newNode() {
    if (size == labels.length) {
      labels = Arrays.copyOf(labels, size * 2);
      children = Arrays.copyOf(children, size * 2);
      terms = Arrays.copyOf(terms, size * 2);
    }
    return size++;
  }
}
