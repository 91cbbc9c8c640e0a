package org.briefing.subscriptions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.briefing.classification.control.Classifier;
import org.briefing.classification.entity.Vocabulary;
import org.briefing.subscriptions.control.TimeZones;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What a reader chooses from, with labels for people: one list for every page. */
@ApplicationScoped
@Path("choices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "subscriptions")
public class ChoicesResource {

  /** A word of the vocabulary and how people read it. */
  public record Choice(String value, String label) {}

  /** Everything a subscription form offers. */
  public record Choices(
      List<Choice> minerals,
      List<Choice> policyAreas,
      List<Choice> actors,
      List<Choice> timezones,
      Map<String, String> renamedTimezones) {}

  @Inject Classifier classifier;

  @GET
  @Operation(
      summary = "What a subscription may choose",
      description =
          "Topics, actors and time zones with labels for people; old time-zone names map to"
              + " current ones.")
  public Choices choices() {
    return new Choices(
        words(Vocabulary.MINERALS),
        words(Vocabulary.POLICY_AREAS),
        classifier.actorNames().entrySet().stream()
            .map(e -> new Choice(e.getKey(), e.getValue()))
            .toList(),
        TimeZones.offered().stream().map(id -> new Choice(id, TimeZones.label(id))).toList(),
        TimeZones.renamed());
  }

  static List<Choice> words(Set<String> words) {
    return new TreeSet<>(words).stream().map(w -> new Choice(w, Vocabulary.label(w))).toList();
  }
}
