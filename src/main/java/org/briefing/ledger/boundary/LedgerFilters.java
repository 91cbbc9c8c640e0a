package org.briefing.ledger.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.briefing.classification.control.Classifier;
import org.briefing.classification.entity.Vocabulary;
import org.briefing.web.control.InvalidInputException;

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
    return Vocabulary.topic(value)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    parameter,
                    "must be one of "
                        + Vocabulary.topicList()
                        + (value.length() <= 40 ? "; '" + value + "' is not" : "")));
  }
}
