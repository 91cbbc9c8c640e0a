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

/** The benchmark's articles: the labelled set on the test class path. */
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
    var out = new ArrayList<Article>();
    try (InputStream in = Corpus.class.getResourceAsStream("/eval/labelled.jsonl")) {
      if (in == null) {
        throw new IllegalStateException("eval/labelled.jsonl is not on the class path");
      }
      var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = lines.readLine()) != null) {
        if (!line.isBlank()) {
          JsonObject row = Json.createReader(new StringReader(line)).readObject();
          out.add(new Article(row.getString("title", ""), row.getString("body")));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  static double averageBytes(List<Article> articles) {
    return articles.stream().mapToInt(Article::bytes).average().orElse(0);
  }
}
