package org.briefing.ledger.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.briefing.ledger.control.ChangeQueries;

/** The timeline of an actor, or of a pair of actors, as the ledger saw it. */
@ApplicationScoped
@Path("actors")
@Produces(MediaType.APPLICATION_JSON)
public class ActorsResource {

  private static final String ACTOR = "[A-Z]{2}|[A-Z][A-Za-z0-9]{1,5}";

  @Inject ChangeQueries queries;

  /** An event on a timeline; {@code changeId} is set when it changed the state. */
  public record TimelineEntry(
      Instant at,
      String actor,
      String target,
      String topic,
      String type,
      boolean background,
      String evidence,
      String articleId,
      String changeId) {}

  @GET
  @Path("{code}/timeline")
  public List<TimelineEntry> timeline(
      @PathParam("code") @Pattern(regexp = ACTOR, message = "must be an actor code such as US")
          String code,
      @QueryParam("with") @Pattern(regexp = ACTOR, message = "must be an actor code such as CN")
          String other,
      @QueryParam("topic") @Pattern(regexp = "[a-z-]{2,40}", message = "must be a topic word")
          String topic,
      @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(5000) int limit) {
    return queries.timeline(code, other, topic, limit).stream()
        .map(
            e ->
                new TimelineEntry(
                    e.happenedAt(),
                    e.actor(),
                    e.target(),
                    e.topic(),
                    e.type(),
                    e.background(),
                    e.evidence(),
                    e.articleId(),
                    e.changeId()))
        .toList();
  }
}
