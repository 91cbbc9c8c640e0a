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
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.briefing.mail.control.Templates;
import org.briefing.pipeline.control.JsonMapper;
import org.briefing.subscriptions.control.ChoiceChecker;
import org.briefing.subscriptions.control.Subscriptions;
import org.briefing.subscriptions.entity.Subscription;
import org.briefing.subscriptions.entity.SubscriptionStatus;
import org.briefing.web.control.InvalidInputException;
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
  @Inject Clock clock;
  @Inject ChoiceChecker checker;

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
    // Input is checked before any transaction: a mistake is the caller's, no server fault.
    ChoiceChecker.Request checked =
        checker.check(
            request.email(),
            request.topics(),
            request.actors(),
            request.timezone(),
            request.frequency(),
            request.deliveryHour());
    String address = checked.address();
    ChoiceChecker.Choices choices = checked.choices();
    if (subscriptions.admit(address, http.getRemoteAddr())) {
      try {
        subscriptions.subscribe(address, choices);
      } catch (RuntimeException e) {
        if (!Subscriptions.isAddressTaken(e)) {
          throw e;
        }
        subscriptions.subscribe(address, choices); // a simultaneous request stored it first
      }
    }
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
      summary = "Confirmation page",
      description =
          "The link from the confirmation email: a page whose form confirms in the reader's"
              + " browser (posted on load, or with its button). Fetching the link alone, as mail"
              + " scanners do, confirms nothing; a second visit says the subscription is already"
              + " confirmed.")
  @APIResponse(
      responseCode = "200",
      description = "The page (HTML)",
      content = @Content(mediaType = "text/html"))
  @APIResponse(
      responseCode = "404",
      description = "Unknown, replaced or expired link (HTML page)",
      content = @Content(mediaType = "text/html"))
  @GET
  @Path("confirm")
  @Produces(HTML)
  public Response confirmPage(@QueryParam("token") String token) {
    Optional<Subscription> found = subscriptions.byConfirmToken(token);
    if (found.isEmpty()) {
      return unknownConfirmation();
    }
    Subscription s = found.get();
    if (s.awaitsConfirmation(Instant.now(clock))) {
      String html =
          Templates.html(
              "confirm",
              Map.of(
                  "action",
                  "confirm?token=" + token,
                  "frequency",
                  capitalised(s.frequency().label()),
                  "email",
                  s.email(),
                  "topics",
                  subscriptions.topicsInWords(s),
                  "actors",
                  subscriptions.actorsInWords(s)));
      return Response.ok(html, HTML).build();
    }
    return confirmed(s, true);
  }

  @Operation(
      summary = "Confirm a subscription",
      description = "Posted by the confirmation page; answers an HTML page.")
  @APIResponse(
      responseCode = "200",
      description = "Confirmed, or already confirmed (HTML page)",
      content = @Content(mediaType = "text/html"))
  @APIResponse(
      responseCode = "404",
      description = "Unknown, replaced or expired link (HTML page)",
      content = @Content(mediaType = "text/html"))
  @POST
  @Path("confirm")
  @Produces(HTML)
  public Response confirm(@QueryParam("token") String token) {
    Optional<Subscription> found = subscriptions.byConfirmToken(token);
    boolean already = found.isPresent() && !found.get().awaitsConfirmation(Instant.now(clock));
    return subscriptions
        .confirm(token)
        .map(s -> confirmed(s, already))
        .orElseGet(this::unknownConfirmation);
  }

  private Response confirmed(Subscription s, boolean already) {
    String frequency = s.frequency().label() + " briefings at " + s.email() + ".";
    String html =
        Templates.html(
            "page",
            Map.of(
                "title",
                already ? "Already confirmed" : "Subscription confirmed",
                "message",
                switch (s.status()) {
                  case PAUSED -> "This subscription is confirmed and paused for now.";
                  case UNSUBSCRIBED -> "This subscription was ended; you can subscribe again.";
                  default -> "You will receive " + frequency;
                },
                "link",
                "preferences?token=" + subscriptions.manageToken(s),
                "linkText",
                "Change your preferences"));
    return Response.ok(html, HTML).build();
  }

  private Response unknownConfirmation() {
    return page(
        404,
        "This link does not work",
        "The confirmation link is unknown, has expired, or was replaced by the one in a newer"
            + " email. Subscribe again to get a new one; if you are already subscribed, you will"
            + " get a link to your preferences instead.");
  }

  private static String capitalised(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
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
        .map(s -> preferencesPage(s, token, null))
        .orElseGet(() -> page(404, "This link does not work", "The preferences link is unknown."));
  }

  @POST
  @Path("preferences")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @Produces(HTML)
  public Response savePreferences(
      @QueryParam("token") String token, MultivaluedMap<String, String> form) {
    Optional<Subscription> found = subscriptions.byManageToken(token);
    if (found.isEmpty()) {
      return page(404, "This link does not work", "The preferences link is unknown.");
    }
    String action = form.getFirst("action");
    if ("resubscribe".equals(action)) {
      return subscriptions
          .resubscribe(token)
          .map(s -> preferencesPage(s, token, "Welcome back: briefings resume from now."))
          .orElseThrow();
    }
    if (found.get().status() == SubscriptionStatus.UNSUBSCRIBED) {
      return preferencesPage(found.get(), token, null); // nothing to save: say so, offer to return
    }
    if ("reset-feed".equals(action)) {
      return subscriptions
          .resetFeedLink(token)
          .map(
              s ->
                  preferencesPage(
                      s, token, "Your feed has a new link, below; the old one no longer works."))
          .orElseThrow();
    }
    if ("pause".equals(action) || "resume".equals(action)) {
      return subscriptions
          .pause(token, "pause".equals(action))
          .map(s -> preferencesPage(s, token, "pause".equals(action) ? "Paused." : "Resumed."))
          .orElseThrow();
    }
    String frequency = form.getFirst("frequency");
    PreferencesPage.Form typed =
        new PreferencesPage.Form(
            form.get("topics") == null ? List.of() : form.get("topics"),
            form.getFirst("actors"),
            frequency,
            form.getFirst("timezone"),
            null);
    try {
      ChoiceChecker.Choices choices =
          checker.check(
              typed.topics().stream().toList(),
              PreferencesPage.actors(typed.actors()),
              typed.timezone(),
              frequency == null ? "daily" : frequency,
              PreferencesPage.hour(form.getFirst("deliveryHour")));
      return subscriptions
          .change(token, choices)
          .map(s -> preferencesPage(s, token, "Saved."))
          .orElseThrow();
    } catch (InvalidInputException e) {
      // 422, not 400: the page is shown again as it was sent, with each error beside its field
      String html =
          PreferencesPage.render(
              found.get(),
              token,
              null,
              typed,
              e.errors(),
              subscriptions.actorsInWords(found.get()),
              subscriptions.feedUrl(found.get()).orElse(null));
      return Response.status(422).type(HTML).entity(html).build();
    }
  }

  private Response preferencesPage(Subscription s, String token, String notice) {
    String html =
        PreferencesPage.render(
            s,
            token,
            notice,
            PreferencesPage.Form.of(s),
            List.of(),
            subscriptions.actorsInWords(s),
            subscriptions.feedUrl(s).orElse(null));
    return Response.ok(html, HTML).build();
  }

  private static Response page(int status, String title, String message) {
    String html = Templates.html("page", Map.of("title", title, "message", message));
    return Response.status(status).type(HTML).entity(html).build();
  }
}
