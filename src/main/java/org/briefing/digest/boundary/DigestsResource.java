package org.briefing.digest.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.briefing.digest.control.DigestRound;
import org.briefing.subscriptions.entity.Frequency;

/** Operators start a round of digests by hand (the scheduler does it at subscribers' hours). */
@Path("digests")
@Produces(MediaType.APPLICATION_JSON)
public class DigestsResource {

  @Inject DigestRound round;

  @POST
  @Path("run")
  @RolesAllowed("operator")
  public DigestRound.Result run(
      @QueryParam("frequency")
          @NotNull(message = "is required: daily or weekly")
          @Pattern(regexp = "daily|weekly", message = "must be daily or weekly")
          String frequency) {
    return round.run(Frequency.of(frequency));
  }
}
