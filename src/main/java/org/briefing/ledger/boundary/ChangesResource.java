package org.briefing.ledger.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.briefing.ledger.control.ChangeQueries;
import org.briefing.ledger.entity.Change;
import org.briefing.web.boundary.QueryParams;

/** The changes the ledger found, newest first. */
@ApplicationScoped
@Path("changes")
@Produces(MediaType.APPLICATION_JSON)
public class ChangesResource {

  @Inject ChangeQueries queries;
  @Inject LedgerFilters filters;

  /** A page of changes, newest first. */
  public record ChangePage(int page, int size, List<ChangeView> items, boolean more) {}

  @GET
  public ChangePage changes(
      @QueryParam("since") String since,
      @QueryParam("actor") String actor,
      @QueryParam("topic") String topic,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
    QueryParams.withinReach(page, size);
    List<Change> found =
        queries.changes(
            filters.actor("actor", actor),
            filters.topic("topic", topic),
            QueryParams.instant("since", since),
            page,
            size);
    return new ChangePage(
        page, size, found.stream().limit(size).map(ChangeView::of).toList(), found.size() > size);
  }
}
