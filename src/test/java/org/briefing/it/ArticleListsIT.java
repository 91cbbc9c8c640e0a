package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.briefing.it.support.Api;
import org.briefing.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Article lists (issue 16, item 8): a cursor walks a list once however many articles arrive
 * meanwhile, where offsets repeat an item each time one arrives; topics and actors are found by
 * exact match in the article's tags, not by a LIKE over a column; page and size still work.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ArticleListsIT {

  private static final String TITLE = "ArticleListsIT tagged ";

  @Deployment
  static WebArchive application() {
    return Deployments.application().addClass(ArticleListsIT.class);
  }

  private static String since;
  private static String tagged;

  @Test
  @Order(1)
  @RunAsClient
  void aCursorWalksTheListOnceWhileArticlesArrive() {
    Client.walk();
  }

  /** Takes one actor out of the article's tags, as only the tag table holds them. */
  @Test
  @Order(2)
  void theArticlesTagsAreRowsOfTheirOwn() throws Exception {
    DataSource ds = (DataSource) new InitialContext().lookup("jdbc/briefing");
    try (Connection c = ds.getConnection();
        PreparedStatement delete =
            c.prepareStatement(
                "DELETE FROM article_tag WHERE tag = 'RU' AND article_id IN"
                    + " (SELECT id FROM article WHERE source LIKE ?)")) {
      delete.setString(1, TITLE + "%");
      org.junit.jupiter.api.Assertions.assertTrue(delete.executeUpdate() >= 1);
    }
  }

  @Test
  @Order(3)
  @RunAsClient
  void filtersFindArticlesByTheirTags() {
    Client.filters();
  }

  /**
   * The client's side, in a class of its own: the in-container test's class may name no type the
   * deployment lacks (the test support).
   */
  private static final class Client {

    static void walk() {
      Api api = Api.local();
      since = Instant.now().truncatedTo(ChronoUnit.MILLIS).minusMillis(1).toString();
      String marker = Articles.marker();
      List<String> posted = new ArrayList<>();
      for (int i = 0; i < 5; i++) {
        posted.add(post(api, "Listing " + i + " " + marker, marker + "-" + i));
      }
      List<String> newestFirst = new ArrayList<>(posted);
      Collections.reverse(newestFirst);

      JsonObject first = Api.json(api.get("/api/articles?size=2&since=" + since));
      assertThat(ids(first)).containsExactlyElementsOf(newestFirst.subList(0, 2));
      // One arrives between pages: with offsets, page 1 would now repeat the second item.
      String newcomer = post(api, "Listing late " + marker, marker + "-late");
      List<String> walked = new ArrayList<>(ids(first));
      String next = first.getString("next");
      int pages = 1;
      while (next != null) {
        HttpResponse<String> page =
            api.get("/api/articles?size=2&since=" + since + "&after=" + next);
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        JsonObject body = Api.json(page);
        walked.addAll(ids(body));
        next = body.getString("next", null);
        assertThat(++pages).isLessThan(10);
      }
      assertThat(walked).containsExactlyElementsOf(newestFirst).doesNotContain(newcomer);

      // page and size as before: the newcomer first, then the rest.
      JsonObject byPage = Api.json(api.get("/api/articles?size=2&page=1&since=" + since));
      assertThat(byPage.getInt("page")).isEqualTo(1);
      assertThat(ids(byPage)).containsExactlyElementsOf(newestFirst.subList(1, 3));
      assertThat(api.get("/api/articles?size=2&page=1&after=" + first.getString("next")).body())
          .contains("page");
      assertThat(
              api.get("/api/articles?size=2&page=1&after=" + first.getString("next")).statusCode())
          .isEqualTo(400);
      HttpResponse<String> forged = api.get("/api/articles?after=not-a-cursor");
      assertThat(forged.statusCode()).isEqualTo(400);
      assertThat(forged.body()).contains("after");

      // An article on rare earths between Russia and the United States, for the filters below.
      tagged =
          post(
              api,
              Articles.moscowOfferJson(marker).getString("title"),
              Articles.moscowOfferJson(marker).getString("body"),
              TITLE + marker);
      api.awaitClassified(tagged, "the tagged article");
      assertThat(listed(api, "topic=rare-earths&actor=RU")).contains(tagged);
      assertThat(listed(api, "topic=lithium")).doesNotContain(tagged);
    }

    static void filters() {
      Api api = Api.local();
      assertThat(listed(api, "actor=RU")).doesNotContain(tagged);
      assertThat(listed(api, "actor=US&topic=rare-earths")).contains(tagged);
      assertThat(listed(api, "topic=rare-earths")).contains(tagged);
    }

    private static List<String> listed(Api api, String filter) {
      HttpResponse<String> page = api.get("/api/articles?size=100&since=" + since + "&" + filter);
      assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
      return ids(Api.json(page));
    }

    private static String post(Api api, String title, String url) {
      return post(api, title, "A listing test article, " + title + ".", url);
    }

    private static String post(Api api, String title, String body, String source) {
      HttpResponse<String> response =
          api.postJson(
              "/api/articles",
              Articles.json(title, body, "https://lists.example.org/" + source.replace(' ', '-'))
                  .add("source", source)
                  .build()
                  .toString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
      return Api.json(response).getString("id");
    }

    private static List<String> ids(JsonObject page) {
      return page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
          .map(item -> item.getString("id"))
          .toList();
    }
  }
}
