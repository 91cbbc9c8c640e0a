package org.briefing.articles.entity;

/** Where an article is in the pipeline. Shown in lower case in the API. */
public enum ArticleStatus {
  QUEUED,
  CLASSIFIED,
  FAILED;

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
