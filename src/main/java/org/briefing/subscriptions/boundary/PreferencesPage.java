package org.briefing.subscriptions.boundary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.briefing.classification.entity.Vocabulary;
import org.briefing.mail.control.Templates;
import org.briefing.platform.control.InvalidInputException;
import org.briefing.subscriptions.entity.Subscription;
import org.briefing.subscriptions.entity.SubscriptionStatus;

/** The preferences page, filled with a subscription's current choices. */
final class PreferencesPage {

  private PreferencesPage() {}

  static String render(Subscription s, String token, String notice) {
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("email", s.email());
    scope.put("action", "preferences?token=" + token);
    scope.put("unsubscribe", "unsubscribe?token=" + token);
    scope.put("notice", notice == null ? "" : notice);
    scope.put("minerals", options(Vocabulary.MINERALS, s.topics()));
    scope.put("policyAreas", options(Vocabulary.POLICY_AREAS, s.topics()));
    scope.put("actors", String.join(", ", s.actors()));
    scope.put(
        "frequencies",
        List.of("immediate", "daily", "weekly").stream()
            .map(f -> Map.of("value", f, "selected", f.equals(s.frequency().label())))
            .toList());
    scope.put("timezone", s.timezone().getId());
    scope.put(
        "hours",
        IntStream.range(0, 24)
            .mapToObj(
                h ->
                    Map.of(
                        "value",
                        h,
                        "label",
                        String.format(Locale.ROOT, "%02d:00", h),
                        "selected",
                        h == s.deliveryHour()))
            .toList());
    boolean paused = s.status() == SubscriptionStatus.PAUSED;
    scope.put("paused", paused);
    scope.put("active", s.status() == SubscriptionStatus.CONFIRMED);
    scope.put("status", s.status().name().toLowerCase(Locale.ROOT));
    return Templates.html("preferences", scope);
  }

  private static List<Map<String, Object>> options(
      java.util.Set<String> words, List<String> chosen) {
    List<Map<String, Object>> options = new ArrayList<>();
    for (String word : new TreeSet<>(words)) {
      options.add(Map.of("value", word, "checked", chosen.contains(word)));
    }
    return options;
  }

  static Integer hour(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("deliveryHour", "must be an hour from 0 to 23");
    }
  }

  /** "US, CN eu" → [US, CN, EU]; each must look like an actor code. */
  static List<String> actorCodes(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<String> codes = new ArrayList<>();
    for (String raw : Arrays.stream(text.split("[,\\s]+")).filter(t -> !t.isEmpty()).toList()) {
      String code = raw.length() == 2 ? raw.toUpperCase(Locale.ROOT) : raw;
      if (!Vocabulary.isActorCode(code) || codes.size() >= 40) {
        throw new InvalidInputException("actors", "must be actor codes such as US, CN, EU: " + raw);
      }
      codes.add(code);
    }
    return codes;
  }
}
