package org.briefing.intake.boundary;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.briefing.intake.control.ArticleIntake;
import org.briefing.intake.control.ArticleQueries;
import org.briefing.intake.control.Receipt;
import org.briefing.intake.entity.Article;
import org.briefing.platform.boundary.QueryParams;

/** Articles in: newsrooms and scrapers post them here; anyone reads them back with their labels. */
@Path("articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ArticlesResource {

  @Inject ArticleIntake intake;
  @Inject ArticleQueries queries;

  @POST
  public Response submit(
      @NotNull(message = "a JSON object with title and body is required") @Valid
          ArticleSubmission submission,
      @Context UriInfo uri) {
    Receipt receipt = intake.accept(submission);
    if (receipt.duplicate()) {
      return Response.ok(receipt).build();
    }
    URI location = uri.getBaseUriBuilder().path(ArticlesResource.class).path(receipt.id()).build();
    return Response.accepted(receipt).location(location).build();
  }

  @GET
  @Path("{id}")
  public ArticleView article(@PathParam("id") String id) {
    return queries
        .find(id)
        .map(ArticleView::of)
        .orElseThrow(() -> new NotFoundException("No article with id " + id));
  }

  @GET
  public ArticlePage articles(
      @QueryParam("topic") @Pattern(regexp = "[a-z-]{2,40}", message = "must be a topic word")
          String topic,
      @QueryParam("actor") @Pattern(regexp = "[A-Za-z]{2,6}", message = "must be an actor code")
          String actor,
      @QueryParam("since") String since,
      @QueryParam("relevant") Boolean relevant,
      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
    List<Article> found =
        queries.list(topic, actor, QueryParams.instant("since", since), relevant, page, size);
    boolean more = found.size() > size;
    List<ArticleSummary> items = found.stream().limit(size).map(ArticleSummary::of).toList();
    return new ArticlePage(page, size, items, more);
  }
}
