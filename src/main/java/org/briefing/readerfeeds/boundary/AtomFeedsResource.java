package org.briefing.readerfeeds.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.util.Date;
import java.util.Optional;
import org.briefing.readerfeeds.control.AtomFeeds;
import org.briefing.readerfeeds.control.ReaderFeeds;
import org.briefing.web.boundary.Problem;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Atom 1.0 feeds of briefings, with conditional GET ({@code ETag}, {@code Last-Modified}, 304). A
 * feed that is not there is one 404 whatever the reason: a wrong, reset or ended link and a topic
 * feed turned off read alike.
 */
@Tag(
    name = "atom",
    description =
        "Atom 1.0 feeds: a subscription's private feed of its changes and stories; public feeds of"
            + " changes per topic when the operator turns them on")
@ApplicationScoped
@Path("atom")
@Produces(AtomFeeds.MEDIA_TYPE + ";charset=UTF-8")
public class AtomFeedsResource {

  private static final String ATOM = AtomFeeds.MEDIA_TYPE + ";charset=UTF-8";

  @Inject ReaderFeeds feeds;

  @Operation(
      summary = "A subscription's private feed",
      description =
          "The changes and stories a subscription's digests carry, over the last week, as Atom"
              + " 1.0. The token comes from the preferences page; resetting it there retires this"
              + " link.")
  @APIResponse(
      responseCode = "200",
      description = "The feed",
      content = @Content(mediaType = AtomFeeds.MEDIA_TYPE))
  @APIResponse(responseCode = "304", description = "Unchanged since If-None-Match/Modified-Since")
  @APIResponse(
      responseCode = "404",
      description = "No feed at this address: unknown, reset or ended (one answer for all)",
      content =
          @Content(
              mediaType = Problem.MEDIA_TYPE,
              examples =
                  @ExampleObject(
                      name = "404",
                      value =
                          "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"There is no feed at this address.\"}")))
  @GET
  @Path("briefings")
  public Response briefings(@QueryParam("token") String token, @Context Request request) {
    // private: a shared cache must not keep one reader's feed for another
    return serve(feeds.briefing(token), request, "private, no-cache");
  }

  @Operation(
      summary = "A topic's public feed of changes",
      description =
          "The ledger's changes on one topic over the last week, as Atom 1.0; served only when"
              + " the operator sets PUBLIC_TOPIC_FEEDS=true.")
  @APIResponse(
      responseCode = "200",
      description = "The feed",
      content = @Content(mediaType = AtomFeeds.MEDIA_TYPE))
  @APIResponse(responseCode = "304", description = "Unchanged since If-None-Match/Modified-Since")
  @APIResponse(
      responseCode = "404",
      description = "Public topic feeds are off, or no such topic",
      content = @Content(mediaType = Problem.MEDIA_TYPE))
  @GET
  @Path("topics/{topic}")
  public Response topic(@PathParam("topic") String topic, @Context Request request) {
    return serve(feeds.topic(topic), request, "public, max-age=300");
  }

  private static Response serve(
      Optional<AtomFeeds.Document> found, Request request, String cacheControl) {
    if (found.isEmpty()) {
      return Problem.of(Response.Status.NOT_FOUND, "There is no feed at this address.")
          .toResponse();
    }
    AtomFeeds.Document feed = found.get();
    EntityTag tag = new EntityTag(feed.etag());
    Date updated = Date.from(feed.updated());
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(updated, tag);
    if (unchanged != null) {
      return unchanged.tag(tag).header("Cache-Control", cacheControl).build();
    }
    return Response.ok(feed.xml(), ATOM)
        .tag(tag)
        .lastModified(updated)
        .header("Cache-Control", cacheControl)
        .header("X-Robots-Tag", "noindex")
        .build();
  }
}
