package org.briefing.feeds;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The feed documents under src/test/resources/feeds, with a marker that makes each use new. */
public final class FeedSamples {

  private FeedSamples() {}

  /** The document with every {@code {marker}} replaced. */
  public static byte[] of(String name, String marker) {
    return text(name).replace("{marker}", marker).getBytes(StandardCharsets.UTF_8);
  }

  public static String text(String name) {
    try (InputStream in = FeedSamples.class.getResourceAsStream("/feeds/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("No sample feed " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
