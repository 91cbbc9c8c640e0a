package org.briefing.operations.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which paths are posts of articles: the API key check and the intake counts rely on it. */
class IntakeMetricsTest {

  @Test
  void articlesAndTheirBatchWithOrWithoutSlashes() {
    for (String path :
        new String[] {"articles", "/articles", "articles/", "/articles/", "/articles/batch"}) {
      assertThat(IntakeMetrics.isArticlesPath(path)).as(path).isTrue();
    }
    assertThat(IntakeMetrics.isArticlesPath("articles/batch/")).isTrue();
  }

  @Test
  void nothingElse() {
    for (String path :
        new String[] {
          "",
          "/",
          "//articles",
          "articles//",
          "article",
          "articles/x",
          "/articles/batches",
          "subscriptions",
          "/api/articles",
          "articlesbatch",
          "articles/batch/x"
        }) {
      assertThat(IntakeMetrics.isArticlesPath(path)).as(path).isFalse();
    }
  }
}
