package org.briefing.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;

/** Test articles in the style of agency copy, each made unique so that runs never collide. */
final class Articles {

  private Articles() {}

  /** A story like the seed: Moscow offers Washington access to rare earths. */
  static String moscowOffer(String marker) {
    return moscowOfferJson(marker).toString();
  }

  static JsonObject moscowOfferJson(String marker) {
    return json(
            "Kremlin offers Washington rare earth deals " + marker,
            "MOSCOW, Feb 24 (Reuters) - President Vladimir Putin said on Monday that Russia was"
                + " ready to offer the United States joint projects to mine rare earth metals,"
                + " including in territories Moscow controls in eastern Ukraine. \"We are ready to"
                + " work with American partners,\" Putin told state television. Kremlin spokesman"
                + " Dmitry Peskov said the United States needed rare earths and Russia had large"
                + " reserves. The offer comes as the Trump administration presses Kyiv to sign a"
                + " minerals agreement. Ref "
                + marker,
            "https://news.example.org/" + marker)
        .add("source", "Test Wire")
        .add("publishedAt", "2025-02-24T10:00:00Z")
        .build();
  }

  /** The same object without one field. */
  static String without(JsonObject article, String field) {
    return Json.createObjectBuilder(article).remove(field).build().toString();
  }

  static JsonObjectBuilder json(String title, String body, String url) {
    JsonObjectBuilder json = Json.createObjectBuilder().add("title", title).add("body", body);
    if (url != null) {
      json.add("url", url);
    }
    return json;
  }

  static String marker() {
    return UUID.randomUUID().toString().substring(0, 8);
  }
}
