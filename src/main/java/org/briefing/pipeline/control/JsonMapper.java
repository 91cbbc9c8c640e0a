package org.briefing.pipeline.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.spi.JsonProvider;

/**
 * One shared JSON-B instance (it is thread-safe and costly to build) for stored JSON, and one
 * JSON-P provider: {@code Json.createParser} and its kin look the provider up through the service
 * loader on every call, which showed in the profile of every post and every message.
 */
public final class JsonMapper {

  public static final JsonProvider JSON = JsonProvider.provider();

  private static final Jsonb JSONB = JsonbBuilder.create();

  private JsonMapper() {}

  public static String write(Object value) {
    return JSONB.toJson(value);
  }

  public static <T> T read(String json, Class<T> type) {
    return JSONB.fromJson(json, type);
  }
}
