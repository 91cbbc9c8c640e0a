package org.briefing.classification.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A compact, case-folded trie of the gazetteer's phrases, walked from each word start of a text:
 * one pass over the text finds every phrase that starts at a word boundary. All gazetteer phrases
 * start at a word boundary, so this finds what an Aho-Corasick automaton would, without following
 * failure links and without reporting the many in-word hits ("it" in "with") that would then be
 * thrown away. Transitions are a direct table for the first character and an open-addressing hash
 * table of primitive keys for the rest: no boxed characters, no allocation while scanning.
 */
final class PhraseTrie {

  /** Receives each phrase found: its span and its terms. */
  interface Hits {
    void hit(int start, int end, Term[] terms);
  }

  private static final int ROOT = 0;

  /** The root's children by character, for a direct look-up of the first character. */
  private final int[] rootChildren = new int[Character.MAX_VALUE + 1];

  /**
   * The other transitions in one open-addressing hash table: key (node << 16 | char), value the
   * child node; one probe or two per character instead of a search through a node's children.
   */
  private final long[] keys;

  private final int[] values;
  private final int mask;
  private final Term[][] terms;

  PhraseTrie(Map<String, List<Term>> phrases) {
    Arrays.fill(rootChildren, -1);
    var edges = new HashMap<Long, Integer>();
    var nodeTerms = new ArrayList<Term[]>();
    nodeTerms.add(null); // the root
    for (var entry : phrases.entrySet()) {
      int node = ROOT;
      String key = entry.getKey();
      for (int i = 0; i < key.length(); i++) {
        char c = fold(key.charAt(i));
        Integer next = node == ROOT ? (Integer) rootChildren[c] : edges.get(edge(node, c));
        if (next == null || next < 0) {
          next = nodeTerms.size();
          nodeTerms.add(null);
          if (node == ROOT) {
            rootChildren[c] = next;
          } else {
            edges.put(edge(node, c), next);
          }
        }
        node = next;
      }
      nodeTerms.set(node, entry.getValue().toArray(Term[]::new));
    }
    int capacity = Integer.highestOneBit(Math.max(16, edges.size() * 2)) << 1;
    keys = new long[capacity];
    values = new int[capacity];
    Arrays.fill(keys, -1L);
    mask = capacity - 1;
    edges.forEach(
        (k, v) -> {
          int h = slot(k);
          while (keys[h] != -1L) {
            h = (h + 1) & mask;
          }
          keys[h] = k;
          values[h] = v;
        });
    terms = nodeTerms.toArray(Term[][]::new);
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
    long key = edge(node, c);
    for (int h = slot(key); ; h = (h + 1) & mask) {
      long k = keys[h];
      if (k == key) {
        return values[h];
      }
      if (k == -1L) {
        return -1;
      }
    }
  }

  private static long edge(int node, char c) {
    return ((long) node << 16) | c;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 40) & mask;
  }
}
