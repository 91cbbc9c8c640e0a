package org.briefing.articles.control;

import jakarta.json.JsonArrayBuilder;
import java.util.List;
import java.util.Map;
import org.briefing.pipeline.control.JsonMapper;

/**
 * The message the pipeline passes between stages about a batch of articles: {@code
 * {"articleIds":[…]}}, with the ids as a property an operator can see and select on in the console
 * ({@code articleIds LIKE '%<id>%'}), and how many there are.
 */
public final class ArticleBatch {

  private ArticleBatch() {}

  public static String json(List<String> articleIds) {
    JsonArrayBuilder ids = JsonMapper.JSON.createArrayBuilder();
    articleIds.forEach(ids::add);
    return JsonMapper.JSON.createObjectBuilder().add("articleIds", ids).build().toString();
  }

  public static Map<String, String> properties(List<String> articleIds) {
    return Map.of(
        "articleIds", String.join(",", articleIds), "articles", String.valueOf(articleIds.size()));
  }
}
