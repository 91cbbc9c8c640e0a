package org.briefing.classification.entity;

import java.util.Set;

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
      Set.of(
          "offer-cooperation",
          "negotiate",
          "sign-agreement",
          "ratify",
          "invest",
          "demand",
          "accuse",
          "threaten",
          "reject",
          "impose-restriction",
          "ease-restriction",
          "praise",
          "other");

  private Vocabulary() {}

  public static boolean isTopic(String word) {
    return MINERALS.contains(word) || POLICY_AREAS.contains(word);
  }

  /** Actor codes: ISO 3166-1 alpha-2 for states, short codes such as EU, G7, NATO, AfU. */
  public static boolean isActorCode(String code) {
    return code != null && code.matches("[A-Z]{2}|[A-Z][A-Za-z0-9]{1,5}");
  }
}
