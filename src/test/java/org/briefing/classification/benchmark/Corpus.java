package org.briefing.classification.benchmark;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's stream: the corpus's real published articles (both splits), arranged as a news
 * feed is, mostly not about minerals diplomacy: three labelled negatives for each relevant one.
 */
final class Corpus {

  /** An article's title and body. */
  record Article(String title, String body) {
    int bytes() {
      return title.getBytes(StandardCharsets.UTF_8).length
          + body.getBytes(StandardCharsets.UTF_8).length;
    }
  }

  private Corpus() {}

  static List<Article> load() {
    var relevant = new ArrayList<Article>();
    var negatives = new ArrayList<Article>();
    for (String split : List.of("/corpus/dev.jsonl", "/corpus/test.jsonl")) {
      try (InputStream in = Corpus.class.getResourceAsStream(split)) {
        if (in == null) {
          throw new IllegalStateException(split + " is not on the class path");
        }
        var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
          if (!line.isBlank()) {
            JsonObject row = Json.createReader(new StringReader(line)).readObject();
            var article = new Article(row.getString("title", ""), row.getString("body"));
            boolean isRelevant = row.getJsonObject("labels").getBoolean("relevant");
            (isRelevant ? relevant : negatives).add(article);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    var stream = new ArrayList<Article>();
    int n = 0;
    for (Article a : relevant) {
      stream.add(a);
      for (int k = 0; k < 3; k++) {
        stream.add(negatives.get(n++ % negatives.size()));
      }
    }
    return stream;
  }

  static double averageBytes(List<Article> articles) {
    return articles.stream().mapToInt(Article::bytes).average().orElse(0);
  }
}
