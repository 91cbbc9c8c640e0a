package org.briefing.links.control;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens for a reader's links, {@code base64url(subscription id ‖ HMAC-SHA256(secret, purpose, id,
 * …))}: the token names its subscription, and only the server can make one. A confirmation token
 * also covers the moment its link expires, so that a new request (a new expiry) retires the old
 * link. Plain Java, thread-safe.
 */
public final class LinkTokens {

  /** Characters of a token: 16 bytes of id and 32 of MAC in unpadded base64url. */
  public static final int LENGTH = 64;

  private final SecretKeySpec key;

  public LinkTokens(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalArgumentException("The link secret is empty");
    }
    this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /** The token of a subscription's preferences and unsubscribe links. */
  public String manage(String subscriptionId) {
    return token(subscriptionId, "manage\n" + subscriptionId);
  }

  /**
   * The token of a subscription's private feed link. A new {@code generation} (the reader reset the
   * link) retires the tokens of the ones before; it opens the feed only, never the preferences.
   */
  public String feed(String subscriptionId, int generation) {
    return token(subscriptionId, "feed\n" + subscriptionId + "\n" + generation);
  }

  /** The token of the confirmation link that expires at {@code until}. */
  public String confirm(String subscriptionId, Instant until) {
    return token(subscriptionId, confirmMessage(subscriptionId, until));
  }

  /** The subscription a well-formed token names, before its MAC is checked; else empty. */
  public static Optional<String> subscriptionOf(String token) {
    if (token == null || token.length() != LENGTH || !token.matches("[A-Za-z0-9_-]+")) {
      return Optional.empty();
    }
    ByteBuffer bytes = ByteBuffer.wrap(Base64.getUrlDecoder().decode(token));
    return Optional.of(new UUID(bytes.getLong(), bytes.getLong()).toString());
  }

  /** Whether the token is this subscription's manage token. */
  public boolean isManage(String token, String subscriptionId) {
    return same(token, manage(subscriptionId));
  }

  /** Whether the token is this subscription's feed token of that generation. */
  public boolean isFeed(String token, String subscriptionId, int generation) {
    return same(token, feed(subscriptionId, generation));
  }

  /** Whether the token is this subscription's confirmation token for the link expiring then. */
  public boolean isConfirm(String token, String subscriptionId, Instant until) {
    return until != null && same(token, confirm(subscriptionId, until));
  }

  private static String confirmMessage(String subscriptionId, Instant until) {
    return "confirm\n" + subscriptionId + "\n" + until.toEpochMilli();
  }

  private static boolean same(String token, String expected) {
    return token != null
        && MessageDigest.isEqual(
            token.getBytes(StandardCharsets.US_ASCII),
            expected.getBytes(StandardCharsets.US_ASCII));
  }

  private String token(String subscriptionId, String message) {
    UUID id = UUID.fromString(subscriptionId);
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      byte[] signature = mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
      ByteBuffer bytes = ByteBuffer.allocate(16 + signature.length);
      bytes.putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits());
      bytes.put(signature);
      return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
    }
  }
}
