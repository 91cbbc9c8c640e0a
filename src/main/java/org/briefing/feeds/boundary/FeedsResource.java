package org.briefing.feeds.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.briefing.feeds.control.FeedRegistry;
import org.briefing.web.boundary.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Operators register the RSS and Atom feeds the service polls into its intake, and read each feed's
 * record. Every method needs the operator role (HTTP Basic).
 */
@Tag(name = "feeds", description = "RSS and Atom feeds polled into the intake (operators)")
@ApplicationScoped
@Path("feeds")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "operator")
@RolesAllowed("operator")
public class FeedsResource {

  static final String FEED_EXAMPLE =
      "{\"id\":\"0f6d3f1e-6a43-4b8e-9a9b-1f2c3d4e5f60\",\"url\":\"https://news.example.org/minerals.rss\","
          + "\"name\":\"Example Minerals Desk\",\"pollMinutes\":30,"
          + "\"createdAt\":\"2026-03-02T08:00:00Z\",\"nextFetchAt\":\"2026-03-02T08:30:00Z\","
          + "\"lastFetchAt\":\"2026-03-02T08:00:01Z\",\"lastOutcome\":\"ok\",\"lastHttpStatus\":200,"
          + "\"fetches\":1,\"failures\":0,\"consecutiveFailures\":0,"
          + "\"entriesSeen\":20,\"entriesAccepted\":18,\"entriesRefused\":0}";

  @Inject FeedRegistry registry;

  @Operation(
      summary = "Register a feed",
      description =
          "An RSS or Atom feed to poll every pollMinutes (5 to 1440, default 30); it is first"
              + " fetched within seconds. Each entry becomes an article as if posted to"
              + " /api/articles: checked by the same rules, recognised when received before, and"
              + " queued for classification; name is its source. Only http and https URLs, and no"
              + " loopback or private addresses unless the service allows them"
              + " (FEEDS_ALLOW_PRIVATE_ADDRESSES). Needs the operator role (HTTP Basic).")
  @APIResponse(
      responseCode = "201",
      description = "Registered; Location names the feed",
      content =
          @Content(
              mediaType = "application/json",
              examples = @ExampleObject(name = "201", value = FEED_EXAMPLE)))
  @APIResponse(
      responseCode = "400",
      description = "A field is invalid, or the URL's host is loopback, private or unknown",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples =
                  @ExampleObject(
                      name = "400",
                      value =
                          "{\"type\":\"urn:briefing:problem:validation\",\"title\":\"Invalid request\",\"status\":400,\"detail\":\"url: points to a loopback, private or link-local address (127.0.0.1), which this service does not fetch from\"}")))
  @APIResponse(
      responseCode = "401",
      description = "No or wrong operator login",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "403",
      description = "Logged in without the operator role",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "409",
      description = "That URL is registered already; Location names its feed",
      content = @Content(mediaType = "application/problem+json"))
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response register(
      @RequestBody(required = true)
          @NotNull(message = "a JSON object with url and name is required")
          @Valid
          FeedRegistration registration,
      @Context UriInfo uri) {
    FeedRegistry.Registration done =
        registry.register(
            registration.url(),
            registration.name(),
            registration.pollMinutes() == null
                ? FeedRegistration.DEFAULT_POLL_MINUTES
                : registration.pollMinutes());
    URI location = uri.getBaseUriBuilder().path(FeedsResource.class).path(done.feed().id()).build();
    if (!done.created()) {
      return Response.fromResponse(
              Problem.of(
                      409,
                      "Conflict",
                      "The feed "
                          + done.feed().url()
                          + " is registered already, as "
                          + done.feed().id()
                          + ".")
                  .toResponse())
          .location(location)
          .build();
    }
    return Response.created(location).entity(FeedView.of(done.feed())).build();
  }

  @Operation(
      summary = "List the feeds",
      description = "Every registered feed with its record, oldest registration first.")
  @APIResponse(
      responseCode = "200",
      description = "The feeds",
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(name = "200", value = "{\"feeds\":[" + FEED_EXAMPLE + "]}")))
  @APIResponse(
      responseCode = "401",
      description = "No or wrong operator login",
      content = @Content(mediaType = "application/problem+json"))
  @GET
  public FeedList feeds() {
    return new FeedList(registry.all().stream().map(FeedView::of).toList());
  }

  @Operation(
      summary = "One feed and its record",
      description =
          "When it was last fetched and how that ended (ok, not-modified or failed, the HTTP"
              + " status, the error), when it is next due (later after failures in a row, and"
              + " never before the server's Retry-After), and the entries seen, accepted as new"
              + " articles and refused, added up over all fetches.")
  @APIResponse(
      responseCode = "200",
      description = "The feed",
      content =
          @Content(
              mediaType = "application/json",
              examples = @ExampleObject(name = "200", value = FEED_EXAMPLE)))
  @APIResponse(
      responseCode = "404",
      description = "No feed with that id",
      content = @Content(mediaType = "application/problem+json"))
  @GET
  @Path("{id}")
  public FeedView feed(@PathParam("id") String id) {
    return registry.find(id).map(FeedView::of).orElseThrow(() -> notFound(id));
  }

  @Operation(
      summary = "Fetch a feed now",
      description =
          "Polls the feed at once, whatever its schedule, and answers its record afterwards. The"
              + " articles it brings are queued as usual.")
  @APIResponse(
      responseCode = "200",
      description = "The feed's record after the fetch",
      content =
          @Content(
              mediaType = "application/json",
              examples = @ExampleObject(name = "200", value = FEED_EXAMPLE)))
  @APIResponse(
      responseCode = "404",
      description = "No feed with that id",
      content = @Content(mediaType = "application/problem+json"))
  @POST
  @Path("{id}/poll")
  public FeedView poll(@PathParam("id") String id) {
    return registry.pollNow(id).map(FeedView::of).orElseThrow(() -> notFound(id));
  }

  @Operation(
      summary = "Remove a feed",
      description = "It is not polled again; the articles it brought stay.")
  @APIResponse(responseCode = "204", description = "Removed")
  @APIResponse(
      responseCode = "404",
      description = "No feed with that id",
      content = @Content(mediaType = "application/problem+json"))
  @DELETE
  @Path("{id}")
  public Response delete(@PathParam("id") String id) {
    if (!registry.delete(id)) {
      throw notFound(id);
    }
    return Response.noContent().build();
  }

  private static NotFoundException notFound(String id) {
    return new NotFoundException("No feed with id " + id);
  }
}
