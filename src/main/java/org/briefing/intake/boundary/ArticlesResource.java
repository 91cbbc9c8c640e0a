package org.briefing.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.briefing.intake.control.ArticleCursor;
import org.briefing.intake.control.ArticleIntake;
import org.briefing.intake.control.ArticleListing;
import org.briefing.intake.control.ArticleQueries;
import org.briefing.intake.control.Receipt;
import org.briefing.intake.entity.ArticleSubmission;
import org.briefing.web.boundary.ApiKeyRequired;
import org.briefing.web.boundary.QueryParams;
import org.briefing.web.control.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Articles in: newsrooms and scrapers post them here; anyone reads them back with their labels. One
 * instance serves every request, as do the other resources: made anew for each request, with its
 * injections, it took a twentieth of the processor time of a post.
 */
@Tag(
    name = "articles",
    description = "Posting articles and reading them back with their classification")
@ApplicationScoped
@Path("articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArticlesResource {

  @Inject ArticleIntake intake;
  @Inject ArticleQueries queries;
  @Inject Validator validator;

  /**
   * Checks a posted record, here rather than with constraints on the parameter: then both RESTEasy
   * and Bean Validation's CDI interceptor would check every post (RESTEASY-3339), which was a
   * twentieth of a post's processing under load. The answers are the same 400s, naming each field
   * (a missing body as {@code body}).
   */
  private <T> void requireValid(T posted, String whenMissing) {
    if (posted == null) {
      throw new InvalidInputException("body", whenMissing);
    }
    Set<ConstraintViolation<T>> violations = validator.validate(posted);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
  }

  @Operation(
      summary = "Post an article",
      description =
          "Stores the article and queues it for classification, in one transaction. Needs an API"
              + " key (Authorization: Bearer <key> or X-API-Key) when keys are configured. The"
              + " same article again (same url, or same title and body) is answered 200 with the"
              + " first one's id. Bodies over 1 MiB, deeper than 16 levels or with arrays over"
              + " 1000 elements are refused.")
  @APIResponse(
      responseCode = "202",
      description = "Accepted and queued; Location names the article",
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "202",
                      value =
                          "{\"id\":\"5f0c6c0e-9d2b-4a5e-8f1e-0d7c2b1a9e44\",\"status\":\"queued\",\"duplicate\":false}")))
  @APIResponse(
      responseCode = "200",
      description = "Already received: the first one's id, not queued again",
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "200",
                      value =
                          "{\"id\":\"5f0c6c0e-9d2b-4a5e-8f1e-0d7c2b1a9e44\",\"status\":\"classified\",\"duplicate\":true}")))
  @APIResponse(
      responseCode = "400",
      description = "Invalid JSON or fields; errors lists each field",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples =
                  @ExampleObject(
                      name = "400",
                      value =
                          "{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,\"detail\":\"title: must not be blank\"}")))
  @APIResponse(
      responseCode = "401",
      description = "No valid API key while keys are configured",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples =
                  @ExampleObject(
                      name = "401",
                      value =
                          "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"Posting articles needs an API key\"}")))
  @APIResponse(
      responseCode = "413",
      description = "Body over 1 MiB, or an array over 1000 elements",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples =
                  @ExampleObject(
                      name = "413",
                      value =
                          "{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,\"detail\":\"The request body is larger than 1048576 bytes (1 MiB).\"}")))
  @APIResponse(
      responseCode = "415",
      description = "Body not JSON",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples =
                  @ExampleObject(
                      name = "415",
                      value =
                          "{\"type\":\"about:blank\",\"title\":\"Unsupported Media Type\",\"status\":415,\"detail\":\"Send the request body as application/json; charset=UTF-8.\"}")))
  @APIResponse(
      responseCode = "503",
      description =
          "The message broker is away (nothing stored) or did not take the article (stored, and"
              + " queued when it is back): Retry-After says when to post again; the same article"
              + " posted again is recognised",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples =
                  @ExampleObject(
                      name = "503",
                      value =
                          "{\"type\":\"about:blank\",\"title\":\"Service Unavailable\",\"status\":503,\"detail\":\"The message broker is not reachable; nothing was stored. Post the article again later.\"}")))
  @SecurityRequirement(name = "apiKey")
  @ApiKeyRequired
  @ArticlePost
  @POST
  public Response submit(
      @RequestBody(required = true) ArticleSubmission submission, @Context UriInfo uri) {
    requireValid(submission, "a JSON object with title and body is required");
    Receipt receipt = intake.accept(submission);
    if (receipt.duplicate()) {
      return Response.ok(receipt).build();
    }
    URI location = uri.getBaseUriBuilder().path(ArticlesResource.class).path(receipt.id()).build();
    return Response.accepted(receipt).location(location).build();
  }

  @Operation(
      summary = "Post several articles at once",
      description =
          "Up to 100 articles, {\"articles\": [ … ]}, each as for a single post: stored and queued"
              + " together, in one transaction and one message, which costs the service far less"
              + " per article than one post each. One invalid article refuses the whole post (400,"
              + " naming it as articles[i].field) and nothing is stored. Each article is"
              + " recognised as a repeat on its own. 202 when at least one was queued, 200 when"
              + " all were repeats.")
  @APIResponse(
      responseCode = "202",
      description = "Accepted and queued: a receipt per article, in the order posted",
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "202",
                      value =
                          "{\"articles\":[{\"id\":\"5f0c6c0e-9d2b-4a5e-8f1e-0d7c2b1a9e44\",\"status\":\"queued\",\"duplicate\":false},{\"id\":\"0b7a1e52-3c44-4d0e-9a51-2f1c8e7d6b3a\",\"status\":\"classified\",\"duplicate\":true}],\"queued\":1,\"duplicates\":1}")))
  @APIResponse(
      responseCode = "200",
      description = "Every article had been received before; nothing queued")
  @APIResponse(
      responseCode = "400",
      description = "Invalid JSON, or an invalid article: errors names each as articles[i].field",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "413",
      description = "Body over 1 MiB",
      content = @Content(mediaType = "application/problem+json"))
  @APIResponse(
      responseCode = "503",
      description =
          "The message broker is away or did not take the articles: post them again later (what"
              + " was stored is recognised)",
      content = @Content(mediaType = "application/problem+json"))
  @SecurityRequirement(name = "apiKey")
  @ApiKeyRequired
  @ArticlePost
  @POST
  @Path("batch")
  public Response submitBatch(@RequestBody(required = true) ArticleBatchSubmission batch) {
    requireValid(batch, "a JSON object with a list of articles is required");
    BatchReceipt receipt = BatchReceipt.of(intake.acceptAll(batch.articles()));
    return receipt.queued() == 0
        ? Response.ok(receipt).build()
        : Response.accepted(receipt).build();
  }

  @Operation(
      summary = "One article",
      description =
          "With status queued, classified or failed, and its classification once classified.")
  @APIResponse(
      responseCode = "200",
      description = "The article",
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "200",
                      value =
                          "{\"id\":\"5f0c6c0e-9d2b-4a5e-8f1e-0d7c2b1a9e44\",\"title\":\"Putin Extends Offer for Rare Mineral Collaboration with the US\",\"status\":\"classified\",\"classification\":{\"relevant\":true,\"score\":1.0,\"topics\":[\"rare-earths\"],\"actors\":[\"RU\",\"US\"],\"people\":[\"Vladimir Putin\"],\"events\":[{\"actor\":\"RU\",\"target\":\"US\",\"type\":\"offer\",\"topic\":\"rare-earths\",\"evidence\":\"Russian President Vladimir Putin has offered the United States access to rare earth minerals.\"}]}}")))
  @APIResponse(
      responseCode = "404",
      description = "No article with that id",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples =
                  @ExampleObject(
                      name = "404",
                      value =
                          "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"No article with id 42\"}")))
  @GET
  @Path("{id}")
  public ArticleView article(@PathParam("id") String id) {
    return queries
        .find(id)
        .map(ArticleView::of)
        .orElseThrow(() -> new NotFoundException("No article with id " + id));
  }

  @Operation(
      summary = "Articles, newest first, paged",
      description =
          "Filtered by topic, actor, since (ISO-8601 date or date-time) and relevance, without"
              + " bodies. Follow a page's next cursor with after= to walk a list of any length:"
              + " each article once, however many arrive meanwhile. page and size still work,"
              + " to a depth of 10,000 rows.")
  @APIResponse(
      responseCode = "200",
      description = "One page of articles; next is the cursor of the page after it",
      content =
          @Content(
              mediaType = "application/json",
              examples =
                  @ExampleObject(
                      name = "200",
                      value =
                          "{\"page\":0,\"size\":1,\"items\":[{\"id\":\"5f0c6c0e-9d2b-4a5e-8f1e-0d7c2b1a9e44\",\"title\":\"Putin Extends Offer for Rare Mineral Collaboration with the US\",\"status\":\"classified\"}],\"more\":true,\"next\":\"MjAyNS0wMi0yNVQxMDowMDowMFogNWYwYzZjMGUtOWQyYi00YTVlLThmMWUtMGQ3YzJiMWE5ZTQ0\"}")))
  @APIResponse(
      responseCode = "400",
      description = "A filter is invalid, after is no cursor, or page is given with after",
      content =
          @Content(
              mediaType = "application/problem+json",
              examples =
                  @ExampleObject(
                      name = "400",
                      value =
                          "{\"type\":\"about:blank\",\"title\":\"Invalid request\",\"status\":400,\"detail\":\"since: must be an ISO-8601 date or date-time with offset\"}")))
  @GET
  public ArticlePage articles(
      @QueryParam("topic") @Pattern(regexp = "[a-z-]{2,40}", message = "must be a topic word")
          String topic,
      @QueryParam("actor") @Pattern(regexp = "[A-Za-z]{2,6}", message = "must be an actor code")
          String actor,
      @QueryParam("since") String since,
      @QueryParam("relevant") Boolean relevant,
      @Parameter(description = "The next cursor of the page before; instead of page")
          @QueryParam("after")
          String after,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
    ArticleCursor cursor = null;
    if (after != null) {
      if (page > 0) {
        throw new InvalidInputException(
            "page", "cannot be given with after: follow each page's next cursor instead");
      }
      cursor = ArticleCursor.decode(after);
    } else {
      QueryParams.withinReach(page, size);
    }
    List<ArticleListing> found =
        queries.list(
            new ArticleQueries.Filter(topic, actor, QueryParams.instant("since", since), relevant),
            cursor,
            page,
            size);
    boolean more = found.size() > size;
    List<ArticleListing> shown = found.stream().limit(size).toList();
    String next = more ? shown.get(shown.size() - 1).cursor().encode() : null;
    return new ArticlePage(page, size, shown.stream().map(ArticleSummary::of).toList(), more, next);
  }
}
