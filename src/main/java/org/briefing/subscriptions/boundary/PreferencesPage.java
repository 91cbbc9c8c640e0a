package org.briefing.subscriptions.boundary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.briefing.classification.entity.Vocabulary;
import org.briefing.mail.control.Templates;
import org.briefing.subscriptions.control.TimeZones;
import org.briefing.subscriptions.entity.Subscription;
import org.briefing.subscriptions.entity.SubscriptionStatus;
import org.briefing.web.control.InvalidInputException;

/**
 * The preferences page, filled with a subscription's choices: the stored ones, or after a mistake
 * the ones the reader typed, with each error beside its field.
 */
final class PreferencesPage {

  /** What the form holds: stored choices, or what the reader sent. */
  record Form(
      Collection<String> topics,
      String actors,
      String frequency,
      String timezone,
      Integer deliveryHour) {

    static Form of(Subscription s) {
      return new Form(
          s.topics(),
          String.join(", ", s.actors()),
          s.frequency().label(),
          s.timezone().getId(),
          s.deliveryHour());
    }
  }

  private PreferencesPage() {}

  /**
   * @param feedUrl the reader's private feed link, or null when they have none
   */
  static String render(
      Subscription s,
      String token,
      String notice,
      Form form,
      List<InvalidInputException.FieldError> errors,
      String actorsNow,
      String feedUrl) {
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("email", s.email());
    scope.put("hasFeed", feedUrl != null);
    scope.put("feedUrl", feedUrl == null ? "" : feedUrl);
    scope.put("action", "preferences?token=" + token);
    scope.put("unsubscribe", "unsubscribe?token=" + token);
    scope.put("notice", notice == null ? "" : notice);
    Map<String, String> byField = new LinkedHashMap<>();
    for (var e : errors) {
      byField.merge(field(e.field()), e.message(), (a, b) -> a + " " + b);
    }
    scope.put(
        "errorCount",
        errors.isEmpty() ? "" : errors.size() == 1 ? "One thing" : errors.size() + " things");
    for (String field : List.of("topics", "actors", "frequency", "timezone", "deliveryHour")) {
      scope.put(field + "Error", byField.getOrDefault(field, ""));
    }
    scope.put("minerals", options(Vocabulary.MINERALS, form.topics()));
    scope.put("policyAreas", options(Vocabulary.POLICY_AREAS, form.topics()));
    scope.put("actors", form.actors() == null ? "" : form.actors());
    scope.put("actorsNow", actorsNow);
    scope.put(
        "frequencies",
        List.of("immediate", "daily", "weekly").stream()
            .map(f -> Map.of("value", f, "selected", f.equals(form.frequency())))
            .toList());
    String zone = TimeZones.resolve(form.timezone()).map(z -> z.getId()).orElse(form.timezone());
    List<Map<String, Object>> zones = new ArrayList<>();
    if (!TimeZones.offered().contains(zone)) {
      zones.add(Map.of("value", zone, "label", zone, "selected", true)); // "Z", or what was typed
    }
    for (String id : TimeZones.offered()) {
      zones.add(Map.of("value", id, "label", TimeZones.label(id), "selected", id.equals(zone)));
    }
    scope.put("timezones", zones);
    int hour = form.deliveryHour() == null ? s.deliveryHour() : form.deliveryHour();
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
                        h == hour))
            .toList());
    boolean ended = s.status() == SubscriptionStatus.UNSUBSCRIBED;
    scope.put("paused", s.status() == SubscriptionStatus.PAUSED);
    scope.put("active", s.status() == SubscriptionStatus.CONFIRMED);
    scope.put("ended", ended);
    scope.put("editable", !ended);
    scope.put("status", s.status().name().toLowerCase(Locale.ROOT));
    return Templates.html("preferences", scope);
  }

  /** "actors[2]" is about the actors field. */
  private static String field(String name) {
    int bracket = name.indexOf('[');
    return bracket < 0 ? name : name.substring(0, bracket);
  }

  private static List<Map<String, Object>> options(
      java.util.Set<String> words, Collection<String> chosen) {
    List<Map<String, Object>> options = new ArrayList<>();
    for (String word : new TreeSet<>(words)) {
      options.add(
          Map.of("value", word, "label", Vocabulary.label(word), "checked", chosen.contains(word)));
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

  /**
   * "US, China, eu" → [US, China, eu], checked later; "US CN" (codes without commas) → [US, CN].
   * Names may hold spaces ("United States"), so commas separate them.
   */
  static List<String> actors(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String piece : text.split(",")) {
      String p = piece.strip();
      if (p.isEmpty()) {
        continue;
      }
      String[] words = p.split("\\s+");
      if (words.length > 1 && Arrays.stream(words).allMatch(w -> w.length() <= 3)) {
        out.addAll(Arrays.asList(words));
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
