package org.briefing.web.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

/**
 * The API keys that may post articles, from {@code briefing.api.keys} (environment: {@code
 * BRIEFING_API_KEYS}), comma-separated: several clients each get their own, and removing one
 * revokes it. None configured means posting is open (the local default). Keys are compared in
 * constant time, as SHA-256 digests so that not even their lengths leak, and are never logged.
 */
public final class ApiKeys {

  private final List<byte[]> digests;

  private ApiKeys(List<byte[]> digests) {
    this.digests = digests;
  }

  public static ApiKeys parse(String configured) {
    if (configured == null) {
      return new ApiKeys(List.of());
    }
    return new ApiKeys(
        Arrays.stream(configured.split(","))
            .map(String::strip)
            .filter(k -> !k.isEmpty())
            .map(ApiKeys::digest)
            .toList());
  }

  /** No keys configured: anyone may post. */
  public boolean open() {
    return digests.isEmpty();
  }

  /** Whether the presented key is one of the configured ones; every key is compared, always. */
  public boolean accepts(String presented) {
    if (presented == null || presented.isEmpty()) {
      return false;
    }
    byte[] candidate = digest(presented);
    boolean match = false;
    for (byte[] key : digests) {
      match |= MessageDigest.isEqual(key, candidate);
    }
    return match;
  }

  private static byte[] digest(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
