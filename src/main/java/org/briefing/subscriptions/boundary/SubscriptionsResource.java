package org.briefing.subscriptions.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.briefing.mail.control.Templates;
import org.briefing.platform.control.InvalidInputException;
import org.briefing.platform.control.JsonMapper;
import org.briefing.subscriptions.control.Subscriptions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Subscribing (double opt-in), confirming and one-click unsubscribing (RFC 8058). */
@Tag(
    name = "subscriptions",
    description = "Subscribing with double opt-in, confirming, one-click unsubscribing (RFC 8058)")
@ApplicationScoped
@Path("subscriptions")
public class SubscriptionsResource {

  private static final String HTML = MediaType.TEXT_HTML + ";charset=UTF-8";

  @Inject Subscriptions subscriptions;

  /**
   * Always 202 with the same words, whether or not the address is already subscribed: the answer
   * must not tell anyone which addresses we know.
   */
  @Operation(
      summary = "Subscribe",
      description =
          "Sends a confirmation link to the address; nothing else is sent until it is confirmed."
              + " The answer is the same whether or not the address is known.")
  @APIResponse(
      responseCode = "202",
      description = "Confirmation email queued",
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "202",
                      value =
                          "{\"status\":\"pending-confirmation\",\"message\":\"A confirmation link is on its way to that address; nothing else is sent until it is confirmed.\"}")))
  @APIResponse(
      responseCode = "400",
      description = "Invalid fields; errors lists each field",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples =
                  @ExampleObject(
                      name = "400",
                      value =
                          "{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,\"detail\":\"email: must be a well-formed email address\"}")))
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  public Response subscribe(
      @NotNull(message = "a JSON object with email and frequency is required") @Valid
          SubscriptionRequest request,
      @Context HttpServletRequest http) {
    subscriptions.subscribe(
        request.email(),
        request.topics(),
        request.actors(),
        request.frequency(),
        request.timezone(),
        request.deliveryHour(),
        http.getRemoteAddr());
    JsonObject answer =
        JsonMapper.JSON
            .createObjectBuilder()
            .add("status", "pending-confirmation")
            .add(
                "message",
                "A confirmation link is on its way to that address; nothing else is sent until"
                    + " it is confirmed.")
            .build();
    return Response.accepted(answer).build();
  }

  @Operation(
      summary = "Confirm a subscription",
      description = "The link from the confirmation email; answers an HTML page.")
  @APIResponse(
      responseCode = "200",
      description = "Confirmed (HTML page)",
      content = @Content(mediaType = "text/html"))
  @APIResponse(
      responseCode = "404",
      description = "Unknown or expired link (HTML page)",
      content = @Content(mediaType = "text/html"))
  @GET
  @Path("confirm")
  @Produces(HTML)
  public Response confirm(@QueryParam("token") String token) {
    return subscriptions
        .confirm(token)
        .map(
            s -> {
              String html =
                  Templates.html(
                      "page",
                      Map.of(
                          "title",
                          "Subscription confirmed",
                          "message",
                          "You will receive "
                              + s.frequency().label()
                              + " briefings at "
                              + s.email()
                              + ".",
                          "link",
                          "preferences?token=" + s.manageToken(),
                          "linkText",
                          "Change your preferences"));
              return Response.ok(html, HTML).build();
            })
        .orElseGet(
            () ->
                page(
                    404,
                    "This link does not work",
                    "The confirmation link is unknown or has expired. Subscribe again to get a"
                        + " new one."));
  }

  /** The page behind the unsubscribe link: one button, so that link scanners unsubscribe no one. */
  @Operation(
      summary = "Unsubscribe page",
      description =
          "The page behind the List-Unsubscribe link: one button, so link scanners unsubscribe no one.")
  @APIResponse(
      responseCode = "200",
      description = "The page (HTML)",
      content = @Content(mediaType = "text/html"))
  @APIResponse(
      responseCode = "404",
      description = "Unknown link (HTML page)",
      content = @Content(mediaType = "text/html"))
  @GET
  @Path("unsubscribe")
  @Produces(HTML)
  public Response unsubscribePage(@QueryParam("token") String token) {
    if (subscriptions.byManageToken(token).isEmpty()) {
      return page(404, "This link does not work", "The unsubscribe link is unknown.");
    }
    String html = Templates.html("unsubscribe", Map.of("action", "unsubscribe?token=" + token));
    return Response.ok(html, HTML).build();
  }

  /** RFC 8058 one-click: mail clients POST {@code List-Unsubscribe=One-Click} here. */
  @Operation(
      summary = "One-click unsubscribe (RFC 8058)",
      description = "Mail clients POST List-Unsubscribe=One-Click here.")
  @APIResponse(
      responseCode = "200",
      description = "Unsubscribed (HTML page)",
      content = @Content(mediaType = "text/html"))
  @APIResponse(
      responseCode = "404",
      description = "Unknown link (HTML page)",
      content = @Content(mediaType = "text/html"))
  @POST
  @Path("unsubscribe")
  @Produces(HTML)
  public Response unsubscribe(@QueryParam("token") String token) {
    return subscriptions
        .unsubscribe(token)
        .map(
            s ->
                page(
                    200,
                    "Unsubscribed",
                    s.email() + " will receive no more briefings from this subscription."))
        .orElseGet(() -> page(404, "This link does not work", "The unsubscribe link is unknown."));
  }

  /** The page reached from every email: change choices, pause, resume, unsubscribe. */
  @GET
  @Path("preferences")
  @Produces(HTML)
  public Response preferences(@QueryParam("token") String token) {
    return subscriptions
        .byManageToken(token)
        .map(s -> Response.ok(PreferencesPage.render(s, token, null), HTML).build())
        .orElseGet(() -> page(404, "This link does not work", "The preferences link is unknown."));
  }

  @POST
  @Path("preferences")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(HTML)
  public Response savePreferences(
      @QueryParam("token") String token, MultivaluedMap<String, String> form) {
    String action = form.getFirst("action");
    List<String> topics = form.get("topics");
    String actors = form.getFirst("actors");
    String frequency = form.getFirst("frequency");
    String timezone = form.getFirst("timezone");
    Integer deliveryHour = PreferencesPage.hour(form.getFirst("deliveryHour"));
    if (subscriptions.byManageToken(token).isEmpty()) {
      return page(404, "This link does not work", "The preferences link is unknown.");
    }
    if ("pause".equals(action) || "resume".equals(action)) {
      return subscriptions
          .pause(token, "pause".equals(action))
          .map(s -> Response.ok(PreferencesPage.render(s, token, "Saved."), HTML).build())
          .orElseThrow();
    }
    try {
      return subscriptions
          .change(
              token,
              topics,
              PreferencesPage.actorCodes(actors),
              frequency == null ? "daily" : frequency,
              timezone,
              deliveryHour)
          .map(s -> Response.ok(PreferencesPage.render(s, token, "Saved."), HTML).build())
          .orElseThrow();
    } catch (InvalidInputException e) {
      return Response.status(400)
          .type(HTML)
          .entity(
              PreferencesPage.render(
                  subscriptions.byManageToken(token).orElseThrow(),
                  token,
                  e.field() + " " + e.getMessage()))
          .build();
    }
  }

  private static Response page(int status, String title, String message) {
    String html = Templates.html("page", Map.of("title", title, "message", message));
    return Response.status(status).type(HTML).entity(html).build();
  }
}
