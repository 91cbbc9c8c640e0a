package org.briefing.classification.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.briefing.classification.entity.EventType;

/**
 * The classifier's word lists (see {@code gazetteer/README.md}), compiled into one case-folded
 * {@link PhraseTrie}, so that a single pass over an article finds every actor, person, role, topic
 * keyword, event word and cue in it. Immutable and thread-safe.
 */
final class Gazetteer {

  static final String[] FILES = {
    "actors.tsv", "bodies.tsv", "people.tsv", "roles.tsv", "topics.tsv", "events.tsv", "cues.tsv"
  };

  private static final Comparator<Mention> BY_START_LONGEST_FIRST =
      (a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start()) : b.end() - a.end();

  private final PhraseTrie trie;
  private final int termCount;

  /**
   * Each actor code, and each state's or organisation's name, capital and adjective, in lower case.
   */
  private final Map<String, String> actorsByName;

  /** Each state's or organisation's usual name by its code, in the files' order. */
  private final Map<String, String> actorNames;

  private Gazetteer(
      PhraseTrie trie,
      int termCount,
      Map<String, String> actorsByName,
      Map<String, String> actorNames) {
    this.trie = trie;
    this.termCount = termCount;
    this.actorsByName = Map.copyOf(actorsByName);
    this.actorNames = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(actorNames));
  }

  /** The lists on the class path, plus the same-named files in {@code extraDir} when given. */
  static Gazetteer load(Path extraDir) {
    var builder = new Builder();
    for (String file : FILES) {
      try (InputStream in = Gazetteer.class.getResourceAsStream("/gazetteer/" + file)) {
        if (in == null) {
          throw new IllegalStateException("gazetteer file missing from the class path: " + file);
        }
        builder.read(file, in);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (extraDir != null && Files.isRegularFile(extraDir.resolve(file))) {
        try (InputStream in = Files.newInputStream(extraDir.resolve(file))) {
          builder.read(file, in);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return builder.build();
  }

  int termCount() {
    return termCount;
  }

  Map<String, String> actorNames() {
    return actorNames;
  }

  /** The actor a code or name stands for, in any case: "ru", "Russia", "Moscow" give RU. */
  Optional<String> actor(String codeOrName) {
    return Optional.ofNullable(actorsByName.get(codeOrName.strip().toLowerCase(Locale.ROOT)));
  }

  /** Every term in {@code text}, ordered by position, as if it were one sentence. */
  List<Mention> scan(String text) {
    return scan(text, new int[] {0}, new int[] {text.length()});
  }

  /**
   * Every term in {@code text} that lies within one of the sentences (given by their starts and
   * ends, in order), tagged with its sentence's index and ordered by position. Of entities (actors,
   * people, roles) that overlap, the longest wins; of event words and cues, those inside a longer
   * one are dropped. Topic keywords are all kept ({@link TopicTagger} sorts them out).
   */
  List<Mention> scan(String text, int[] sentenceStarts, int[] sentenceEnds) {
    var found = new ArrayList<Mention>();
    int[] sentence = {0}; // hits come in order of their start
    trie.scan(
        text,
        (start, end, terms) -> {
          int s = sentence[0];
          while (s < sentenceEnds.length - 1 && start >= sentenceEnds[s]) {
            s++;
          }
          sentence[0] = s;
          if (start < sentenceStarts[s]) {
            return;
          }
          for (Term term : terms) {
            if (fits(text, start, end, term)) {
              int e = term.prefix() ? wordEnd(text, end) : end;
              if (e <= sentenceEnds[s]) {
                found.add(new Mention(start, e, term, s));
              }
            }
          }
        });
    found.sort(BY_START_LONGEST_FIRST);
    return dropOverlaps(found);
  }

  private static int wordEnd(String text, int end) {
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return end;
  }

  private static boolean fits(String text, int start, int end, Term term) {
    boolean leftOk =
        start == 0
            || !Character.isLetterOrDigit(text.charAt(start - 1))
            || term.surface().startsWith("n'")
            || term.surface().startsWith("n’");
    if (!leftOk) {
      return false;
    }
    if (!term.prefix() && end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
      return false;
    }
    if (term.caseSensitive()) {
      String surface = term.surface();
      int from = surface.startsWith("the ") ? 4 : 0;
      return text.regionMatches(start + from, surface, from, surface.length() - from);
    }
    return true;
  }

  private static List<Mention> dropOverlaps(List<Mention> sorted) {
    var kept = new ArrayList<Mention>(sorted.size());
    int entityEnd = -1;
    int kinds = Term.Kind.values().length;
    int[] spanStart = new int[kinds];
    int[] spanEnd = new int[kinds];
    Arrays.fill(spanEnd, -1);
    for (Mention m : sorted) {
      if (m.term().isEntity()) {
        if (m.start() < entityEnd) {
          continue;
        }
        entityEnd = m.end();
      } else if (m.kind() != Term.Kind.TOPIC) {
        int k = m.kind().ordinal();
        boolean sameSpan = m.start() == spanStart[k] && m.end() == spanEnd[k];
        if (m.end() <= spanEnd[k] && !sameSpan) {
          continue;
        }
        if (m.end() > spanEnd[k]) {
          spanStart[k] = m.start();
          spanEnd[k] = m.end();
        }
      }
      kept.add(m);
    }
    return kept;
  }

  /** Reads the TSV files and builds the automaton. */
  private static final class Builder {
    private final Map<String, List<Term>> byKey = new LinkedHashMap<>();
    private final Map<String, String> actorsByName = new HashMap<>();
    private final Map<String, String> actorNames = new LinkedHashMap<>();
    private int count;

    private static String lower(String name) {
      String n = name.toLowerCase(Locale.ROOT);
      return n.startsWith("the ") ? n.substring(4) : n;
    }

    void read(String file, InputStream in) throws IOException {
      var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        try {
          readLine(file, cols);
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(
              "gazetteer " + file + " line " + number + ": " + e.getMessage(), e);
        }
      }
    }

    private void readLine(String file, String[] cols) {
      switch (file) {
        case "actors.tsv" -> {
          String code = col(cols, 0);
          actorsByName.put(code.toLowerCase(Locale.ROOT), code);
          actorNames.putIfAbsent(code, names(col(cols, 2)).get(0));
          for (int c = 2; c <= 4; c++) {
            names(col(cols, c)).forEach(n -> actorsByName.putIfAbsent(lower(n), code));
          }
          names(col(cols, 2)).forEach(n -> add(Term.Kind.ACTOR, n, code, "name", true));
          names(col(cols, 3)).forEach(n -> add(Term.Kind.ACTOR, n, code, "capital", true));
          names(col(cols, 4)).forEach(n -> add(Term.Kind.ACTOR, n, code, "adjective", true));
        }
        case "bodies.tsv" -> add(Term.Kind.ACTOR, col(cols, 0), col(cols, 1), col(cols, 2), true);
        case "people.tsv" -> {
          String name = col(cols, 0);
          String actor = "-".equals(col(cols, 1)) ? null : col(cols, 1);
          add(Term.Kind.PERSON, name, name, actor, true);
          names(col(cols, 2)).forEach(n -> add(Term.Kind.PERSON, n, name, actor, true));
        }
        case "roles.tsv" -> add(Term.Kind.ROLE, col(cols, 0), col(cols, 0), col(cols, 1), false);
        case "topics.tsv" -> add(Term.Kind.TOPIC, col(cols, 0), col(cols, 1), "", false);
        case "events.tsv" -> {
          String type = col(cols, 1);
          if (!type.equals("none") && EventType.of(type).isEmpty()) {
            throw new IllegalArgumentException("unknown event type " + type);
          }
          add(Term.Kind.TRIGGER, col(cols, 0), type, col(cols, 2), false);
        }
        case "cues.tsv" -> add(Term.Kind.CUE, col(cols, 0), col(cols, 1), "", false);
        default -> throw new IllegalArgumentException("unknown gazetteer file " + file);
      }
    }

    private static String col(String[] cols, int i) {
      if (i >= cols.length || cols[i].isBlank()) {
        throw new IllegalArgumentException("column " + (i + 1) + " is missing");
      }
      return cols[i].strip();
    }

    private static List<String> names(String column) {
      var out = new ArrayList<String>();
      for (String n : column.split("\\|")) {
        if (!n.isBlank() && !"-".equals(n.strip())) {
          out.add(n.strip());
        }
      }
      return out;
    }

    private void add(Term.Kind kind, String phrase, String value, String detail, boolean cased) {
      boolean prefix = phrase.endsWith("*");
      String surface = prefix ? phrase.substring(0, phrase.length() - 1) : phrase;
      addOne(new Term(kind, surface, value, detail, cased, prefix));
      if (surface.indexOf('\'') >= 0) {
        addOne(new Term(kind, surface.replace('\'', '’'), value, detail, cased, prefix));
      }
    }

    private void addOne(Term term) {
      byKey
          .computeIfAbsent(term.surface().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
          .add(term);
      count++;
    }

    Gazetteer build() {
      return new Gazetteer(new PhraseTrie(byKey), count, actorsByName, actorNames);
    }
  }
}
