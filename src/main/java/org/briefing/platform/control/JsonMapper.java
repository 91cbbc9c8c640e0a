package org.briefing.platform.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** One shared JSON-B instance (it is thread-safe and costly to build) for stored JSON. */
public final class JsonMapper {

  private static final Jsonb JSONB = JsonbBuilder.create();

  private JsonMapper() {}

  public static String write(Object value) {
    return JSONB.toJson(value);
  }

  public static <T> T read(String json, Class<T> type) {
    return JSONB.fromJson(json, type);
  }
}
