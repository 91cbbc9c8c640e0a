package org.briefing.digest.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.briefing.digest.control.DigestRound;
import org.briefing.subscriptions.entity.Frequency;
import org.briefing.web.boundary.QueryParams;
import org.briefing.web.control.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Operators start a round of digests by hand (the scheduler does it at subscribers' hours). */
@Tag(name = "operations", description = "Operator endpoints (operator role, HTTP Basic)")
@ApplicationScoped
@Path("digests")
@Produces(MediaType.APPLICATION_JSON)
public class DigestsResource {

  /**
   * How far {@code at} may lie ahead of the server's clock: a round as of a later moment marks its
   * readers as served until then, and one as of 2999 silenced every reader for good.
   */
  static final Duration AHEAD_AT_MOST = Duration.ofMinutes(5);

  @Inject DigestRound round;
  @Inject Clock clock;

  @Operation(
      summary = "Run a round of digests now",
      description =
          "Builds and queues one digest per confirmed subscriber at that frequency with new"
              + " matching articles. Needs the operator role (HTTP Basic).")
  @APIResponse(
      responseCode = "200",
      description = "What the round did",
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "200",
                      value = "{\"frequency\":\"daily\",\"subscribers\":12,\"digestsQueued\":9}")))
  @APIResponse(
      responseCode = "400",
      description = "frequency missing or not daily/weekly",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples =
                  @ExampleObject(
                      name = "400",
                      value =
                          "{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,\"detail\":\"frequency: must be daily or weekly\"}")))
  @APIResponse(
      responseCode = "401",
      description = "No or wrong operator login",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples =
                  @ExampleObject(
                      name = "401",
                      value =
                          "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"This operation needs an operator's user name and password (HTTP Basic).\"}")))
  @APIResponse(
      responseCode = "403",
      description = "Logged in without the operator role",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples =
                  @ExampleObject(
                      name = "403",
                      value =
                          "{\"type\":\"about:blank\",\"title\":\"Forbidden\",\"status\":403,\"detail\":\"This operation needs the role operator.\"}")))
  @POST
  @Path("run")
  @SecurityRequirement(name = "operator")
  @RolesAllowed("operator")
  public DigestRound.Result run(
      @QueryParam("frequency")
          @NotNull(message = "is required: daily or weekly")
          @Pattern(regexp = "daily|weekly", message = "must be daily or weekly")
          String frequency) {
    return round.run(Frequency.of(frequency));
  }

  /**
   * The scheduled round as of a moment ({@code at}, default now): only the subscribers whose
   * delivery hour has come in their own time zone. For catching up after an outage, and for tests.
   */
  @Operation(
      summary = "Run the scheduled round of digests as of a moment",
      description =
          "What the scheduler does every five minutes, for the moment given in at (ISO-8601, e.g."
              + " 2027-03-14T11:00:00Z; default now): queues a digest for each confirmed"
              + " subscriber at that frequency whose delivery hour has come in their own time zone"
              + " since their last digest, with the matching news since then. For catching up"
              + " after an outage, and for tests across daylight-saving changes. A moment more"
              + " than five minutes ahead of the server's clock is refused. Needs the operator"
              + " role (HTTP Basic).")
  @APIResponse(
      responseCode = "200",
      description = "What the round did",
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "200",
                      value = "{\"frequency\":\"daily\",\"subscribers\":3,\"digestsQueued\":2}")))
  @APIResponse(
      responseCode = "400",
      description =
          "frequency missing or not daily/weekly, or at not an ISO-8601 moment or more than five"
              + " minutes ahead",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "401",
      description = "No or wrong operator login",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "403",
      description = "Logged in without the operator role",
      content = @Content(mediaType = "application/problem+json"))
  @POST
  @Path("due")
  @SecurityRequirement(name = "operator")
  @RolesAllowed("operator")
  public DigestRound.Result runDue(
      @QueryParam("frequency")
          @NotNull(message = "is required: daily or weekly")
          @Pattern(regexp = "daily|weekly", message = "must be daily or weekly")
          String frequency,
      @Parameter(
              description =
                  "The moment to run the round as of: ISO-8601 date-time with offset, or a date"
                      + " (midnight UTC); default now",
              example = "2027-03-14T11:00:00Z")
          @QueryParam("at")
          String at) {
    Instant now = Instant.now(clock);
    Instant moment = QueryParams.instant("at", at);
    if (moment != null && moment.isAfter(now.plus(AHEAD_AT_MOST))) {
      throw new InvalidInputException(
          "at", "must not be more than 5 minutes ahead of the server's clock (now " + now + ")");
    }
    return round.runDue(Frequency.of(frequency), moment == null ? now : moment);
  }
}
