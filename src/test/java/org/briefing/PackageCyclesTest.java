package org.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No package reaches, through its imports, one that reaches it back: neither between capabilities
 * (intake, ledger, web...) nor between the layers inside one (boundary, control, entity). Read from
 * the sources, so that a cycle fails the build the day it is written.
 */
class PackageCyclesTest {

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package (org\\.briefing[\\w.]*);");
  private static final Pattern REFERENCE =
      Pattern.compile("\\b(org\\.briefing(?:\\.[a-z]\\w*)+)\\.[A-Z]");

  @Test
  void capabilitiesDoNotDependOnEachOtherBothWays() throws IOException {
    assertThat(cycles(dependencies(2))).isEmpty();
  }

  @Test
  void layersInsideACapabilityDoNotDependOnEachOtherBothWays() throws IOException {
    assertThat(cycles(dependencies(3))).isEmpty();
  }

  /** Package (cut to {@code depth} names after org.briefing) to the packages it refers to. */
  private static Map<String, Set<String>> dependencies(int depth) throws IOException {
    Map<String, Set<String>> deps = new TreeMap<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        Matcher declared = PACKAGE.matcher(source);
        if (!declared.find()) {
          continue;
        }
        String from = cut(declared.group(1), depth);
        Matcher reference = REFERENCE.matcher(source.substring(declared.end()));
        while (reference.find()) {
          String to = cut(reference.group(1), depth);
          if (!to.equals(from)) {
            deps.computeIfAbsent(from, k -> new TreeSet<>()).add(to);
          }
        }
      }
    }
    return deps;
  }

  private static String cut(String pkg, int depth) {
    String[] names = pkg.split("\\.");
    return String.join(
        ".", java.util.Arrays.copyOfRange(names, 0, Math.min(names.length, depth + 2)));
  }

  /** Each "a -> b" whose b reaches a again. */
  private static List<String> cycles(Map<String, Set<String>> deps) {
    List<String> found = new ArrayList<>();
    deps.forEach(
        (from, tos) -> {
          for (String to : tos) {
            if (reaches(deps, to, from, new HashSet<>())) {
              found.add(from + " -> " + to + " -> … -> " + from);
            }
          }
        });
    return found;
  }

  private static boolean reaches(
      Map<String, Set<String>> deps, String from, String target, Set<String> seen) {
    for (String next : deps.getOrDefault(from, Set.of())) {
      if (next.equals(target) || (seen.add(next) && reaches(deps, next, target, seen))) {
        return true;
      }
    }
    return false;
  }
}
