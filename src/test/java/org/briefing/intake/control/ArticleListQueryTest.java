package org.briefing.intake.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.briefing.web.control.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The list's query and its cursor (issue 16, item 8). */
class ArticleListQueryTest {

  private static final ArticleQueries.Filter ALL =
      new ArticleQueries.Filter("rare-earths", "RU", Instant.EPOCH, true);

  @Test
  void aListReadsNoBodyAndFindsTagsByExactMatch() {
    String jpql = ArticleQueries.jpql(ALL, true);

    assertThat(jpql)
        .startsWith("select new " + ArticleListing.class.getName() + "(")
        .doesNotContain("a.body")
        .doesNotContain("classificationJson")
        .doesNotContainIgnoringCase(" like ")
        .contains("t.kind = :topicKind and t.tag = :topic")
        .contains("c.kind = :actorKind and c.tag = :actor")
        .contains("(a.receivedAt < :afterAt or (a.receivedAt = :afterAt and a.id < :afterId))")
        .endsWith("order by a.receivedAt desc, a.id desc");
    assertThat(ArticleQueries.jpql(new ArticleQueries.Filter(null, null, null, null), false))
        .doesNotContain(" where ");
  }

  @Test
  void aCursorComesBackAsItWentOut() {
    ArticleCursor cursor =
        new ArticleCursor(
            Instant.parse("2025-02-25T10:00:00.123456Z"), "5f0c6c0e-9d2b-4a5e-8f1e-0d7c2b1a9e44");

    assertThat(cursor.encode()).matches("[A-Za-z0-9_-]+");
    assertThat(ArticleCursor.decode(cursor.encode())).isEqualTo(cursor);
  }

  @Test
  void anythingElseIsNoCursor() {
    for (String forged :
        new String[] {
          "not-a-cursor",
          "",
          "%%%",
          new ArticleCursor(Instant.EPOCH, "1' or '1'='1").encode(),
          java.util.Base64.getUrlEncoder().encodeToString("yesterday x".getBytes())
        }) {
      assertThatThrownBy(() -> ArticleCursor.decode(forged))
          .as(forged)
          .isInstanceOfSatisfying(
              InvalidInputException.class,
              e ->
                  assertThat(e.errors())
                      .extracting(InvalidInputException.FieldError::field)
                      .containsExactly("after"));
    }
  }
}
