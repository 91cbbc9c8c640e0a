package org.briefing.digest.boundary;

import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Instant;
import org.briefing.digest.control.DigestRound;
import org.briefing.platform.boundary.QueryParams;
import org.briefing.subscriptions.entity.Frequency;

/** Operators start a round of digests by hand (the scheduler does it at subscribers' hours). */
@Path("digests")
@Produces(MediaType.APPLICATION_JSON)
public class DigestsResource {

  @Inject DigestRound round;
  @Inject Clock clock;

  @POST
  @Path("run")
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
  @POST
  @Path("due")
  public DigestRound.Result runDue(
      @QueryParam("frequency")
          @NotNull(message = "is required: daily or weekly")
          @Pattern(regexp = "daily|weekly", message = "must be daily or weekly")
          String frequency,
      @QueryParam("at") String at) {
    Instant moment = QueryParams.instant("at", at);
    return round.runDue(Frequency.of(frequency), moment == null ? Instant.now(clock) : moment);
  }
}
