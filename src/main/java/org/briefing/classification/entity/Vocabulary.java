package org.briefing.classification.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The label words that subscriptions and queries may use; see vocabulary.md. */
public final class Vocabulary {

  public static final Set<String> MINERALS =
      Set.of(
          "rare-earths",
          "aluminium",
          "lithium",
          "nickel",
          "cobalt",
          "copper",
          "graphite",
          "gallium-germanium",
          "antimony",
          "tungsten",
          "titanium",
          "uranium",
          "critical-minerals-general");

  public static final Set<String> POLICY_AREAS =
      Set.of(
          "minerals-deal",
          "export-controls",
          "sanctions",
          "investment-fund",
          "mining-concessions",
          "supply-chain",
          "prices");

  public static final Set<String> EVENT_TYPES =
      Arrays.stream(EventType.values())
          .map(EventType::word)
          .collect(Collectors.toUnmodifiableSet());

  /** Labels for people, where the word alone would read as a slug. */
  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("rare-earths", "Rare earths"),
          Map.entry("gallium-germanium", "Gallium and germanium"),
          Map.entry("critical-minerals-general", "Critical minerals in general"),
          Map.entry("minerals-deal", "Minerals deals"),
          Map.entry("export-controls", "Export controls"),
          Map.entry("investment-fund", "Investment funds"),
          Map.entry("mining-concessions", "Mining concessions"),
          Map.entry("supply-chain", "Supply chains"));

  private Vocabulary() {}

  /** How a person reads a word of the vocabulary: "rare-earths" is "Rare earths". */
  public static String label(String word) {
    String label = LABELS.get(word);
    if (label != null) {
      return label;
    }
    Optional<EventType> type = EventType.of(word);
    if (type.isPresent()) {
      return type.get().label();
    }
    String spaced = word.replace('-', ' ');
    return spaced.isEmpty()
        ? spaced
        : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
  }

  public static boolean isTopic(String word) {
    return MINERALS.contains(word) || POLICY_AREAS.contains(word);
  }

  /** The topic a person typed, in any case and with spaces around: "Lithium " is lithium. */
  public static Optional<String> topic(String typed) {
    String word = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
    return isTopic(word) ? Optional.of(word) : Optional.empty();
  }

  /** Every topic word, in alphabetical order, for messages that list them. */
  public static String topicList() {
    var all = new TreeSet<>(MINERALS);
    all.addAll(POLICY_AREAS);
    return String.join(", ", all);
  }

  /** Actor codes: ISO 3166-1 alpha-2 for states, short codes such as EU, G7, NATO, AfU. */
  public static boolean isActorCode(String code) {
    return code != null && code.matches("[A-Z]{2}|[A-Z][A-Za-z0-9]{1,5}");
  }
}
