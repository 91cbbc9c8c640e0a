package org.briefing.ledger.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

  @Inject ChangeQueries queries;
  @Inject LedgerFilters filters;

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
      @PathParam("code") String code,
      @QueryParam("with") String other,
      @QueryParam("topic") String topic,
      @QueryParam("limit") @DefaultValue("500") @Min(1) @Max(5000) int limit) {
    return queries
        .timeline(
            filters.actor("code", code),
            filters.actor("with", other),
            filters.topic("topic", topic),
            limit)
        .stream()
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
