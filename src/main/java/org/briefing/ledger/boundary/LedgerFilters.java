package org.briefing.ledger.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.TreeSet;
import org.briefing.classification.control.Classifier;
import org.briefing.classification.entity.Vocabulary;
import org.briefing.platform.control.InvalidInputException;

/**
 * The actor and topic filters of the ledger's queries, as people type them: codes in any case,
 * names for codes; an unknown value is a 400 naming its parameter, never an empty answer.
 */
@ApplicationScoped
public class LedgerFilters {

  @Inject Classifier classifier;

  /** The actor code for {@code value} (null when not given): "ru", "Russia", "Moscow" give RU. */
  public String actor(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.length() > 100) {
      throw new InvalidInputException(parameter, "must be an actor code such as US");
    }
    String code = classifier.actorCode(value).orElse(null);
    if (code == null) {
      throw new InvalidInputException(
          parameter, "must be an actor code such as US or CN; '" + value + "' is not one we know");
    }
    return code;
  }

  /** The topic word for {@code value} (null when not given), in any case. */
  public String topic(String parameter, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String topic = value.strip().toLowerCase(Locale.ROOT);
    if (!Vocabulary.isTopic(topic)) {
      var known = new TreeSet<String>(Vocabulary.MINERALS);
      known.addAll(Vocabulary.POLICY_AREAS);
      throw new InvalidInputException(
          parameter,
          "must be one of "
              + String.join(", ", known)
              + (value.length() <= 40 ? "; '" + value + "' is not" : ""));
    }
    return topic;
  }
}
