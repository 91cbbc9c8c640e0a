package org.briefing.subscriptions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.briefing.classification.control.Classifier;
import org.briefing.classification.entity.Vocabulary;
import org.briefing.subscriptions.entity.Frequency;
import org.briefing.web.control.InvalidInputException;
import org.briefing.web.control.InvalidInputException.FieldError;

/**
 * A reader's choices as people type them: topics in any case, actors by code in any case or by name
 * ("Ukraine" is UA), time zones by current or old name. Every mistake is reported at once, each
 * with what was typed and what would do.
 */
@ApplicationScoped
public class ChoiceChecker {

  /** A reader's checked choices; a null delivery hour keeps the one they have. */
  public record Choices(
      Set<String> topics,
      Set<String> actors,
      ZoneId zone,
      Frequency frequency,
      Integer deliveryHour) {}

  private static final int SHOWN = 60;
  private static final int MAX_ACTORS = 40;

  @Inject Classifier classifier;

  /** A checked subscribe request: the address as stored, and the choices. */
  public record Request(String address, Choices choices) {}

  /** The address and the choices, or an {@link InvalidInputException} naming every mistake. */
  public Request check(
      String email,
      List<String> topics,
      List<String> actors,
      String timezone,
      String frequency,
      Integer deliveryHour) {
    List<FieldError> errors = new ArrayList<>();
    String address = null;
    try {
      address = Subscriptions.address(email);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    Choices choices = null;
    try {
      choices = check(topics, actors, timezone, frequency, deliveryHour);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Request(address, choices);
  }

  /** The choices, or an {@link InvalidInputException} naming every mistake. */
  public Choices check(
      List<String> topics,
      List<String> actors,
      String timezone,
      String frequency,
      Integer deliveryHour) {
    List<FieldError> errors = new ArrayList<>();
    if (frequency == null || !frequency.matches("immediate|daily|weekly")) {
      errors.add(new FieldError("frequency", "must be immediate, daily or weekly"));
    }
    if (deliveryHour != null && (deliveryHour < 0 || deliveryHour > 23)) {
      errors.add(new FieldError("deliveryHour", "must be an hour from 0 to 23"));
    }
    Set<String> topicSet = new LinkedHashSet<>();
    for (int i = 0; topics != null && i < topics.size(); i++) {
      String typed = topics.get(i) == null ? "" : topics.get(i);
      Optional<String> topic = Vocabulary.topic(typed);
      if (topic.isPresent()) {
        topicSet.add(topic.get());
      } else {
        errors.add(
            new FieldError(
                "topics[" + i + "]",
                shown(typed) + " is not a topic; topics are " + Vocabulary.topicList()));
      }
    }
    Set<String> actorSet = new LinkedHashSet<>();
    if (actors != null && actors.size() > MAX_ACTORS) {
      errors.add(new FieldError("actors", "must list at most " + MAX_ACTORS + " actors"));
      actors = List.of();
    }
    for (int i = 0; actors != null && i < actors.size(); i++) {
      String typed = actors.get(i) == null ? "" : actors.get(i);
      Optional<String> code =
          typed.length() > 100 ? Optional.empty() : classifier.actorCode(typed.strip());
      if (code.isPresent()) {
        actorSet.add(code.get());
      } else {
        errors.add(
            new FieldError(
                "actors[" + i + "]",
                shown(typed)
                    + " is not a state or organisation we know; use a code such as US, CN or EU,"
                    + " or a name such as Ukraine"));
      }
    }
    ZoneId zone = null;
    try {
      zone = Subscriptions.zone(timezone);
    } catch (InvalidInputException e) {
      errors.addAll(e.errors());
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    return new Choices(topicSet, actorSet, zone, Frequency.of(frequency), deliveryHour);
  }

  /** What a person typed, quoted, and cut short when long. */
  static String shown(String typed) {
    return "'" + (typed.length() > SHOWN ? typed.substring(0, SHOWN) + "…" : typed) + "'";
  }
}
