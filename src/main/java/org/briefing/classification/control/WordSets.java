package org.briefing.classification.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The English function words the rules read ("with", "reliance", "Mr"...), from {@code
 * gazetteer/words.tsv}: the language lives beside the gazetteer, the rules in code.
 */
final class WordSets {

  private static final String RESOURCE = "gazetteer/words.tsv";
  private static final Map<String, Set<String>> SETS = load();

  private WordSets() {}

  /** The set of that name; a rule that names a missing set fails when its class loads. */
  static Set<String> of(String name) {
    Set<String> set = SETS.get(name);
    if (set == null) {
      throw new IllegalStateException("no word set " + name + " in " + RESOURCE);
    }
    return set;
  }

  private static Map<String, Set<String>> load() {
    InputStream in = WordSets.class.getClassLoader().getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException(RESOURCE + " is not on the class path");
    }
    var sets = new HashMap<String, Set<String>>();
    try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t", -1);
        if (cols.length != 2 || sets.containsKey(cols[0])) {
          throw new IllegalStateException(RESOURCE + ": bad or repeated line: " + line);
        }
        sets.put(cols[0], Set.of(cols[1].split("\\|")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(sets);
  }
}
