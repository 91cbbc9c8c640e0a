package org.briefing.intake.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What makes two posts the same article: the same URL once normalised, or the same title and body
 * once case, spacing and Unicode forms are normalised. Plain Java.
 */
public final class ArticleFingerprint {

  private ArticleFingerprint() {}

  /** SHA-256 (hex) of the normalised title and body. */
  public static String contentHash(String title, String body) {
    try {
      // the digest of the normalised title, a line break and the normalised body
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(normaliseText(title).getBytes(StandardCharsets.UTF_8));
      sha256.update((byte) '\n');
      return HexFormat.of()
          .formatHex(sha256.digest(normaliseText(body).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * NFKC, lower case, each run of spaces and separators as one space ({@code [\p{Z}\s]+}), ends
   * stripped. A loop, not a regular expression: this runs over every body posted. Hashes stored
   * earlier depend on it giving exactly what the expression gave. ASCII text is its own NFKC form,
   * so most copy skips the normaliser.
   */
  static String normaliseText(String text) {
    String folded =
        (isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC))
            .toLowerCase(Locale.ROOT);
    char[] out = new char[folded.length()];
    int length = 0;
    boolean inSpace = false;
    for (int i = 0, n = folded.length(); i < n; i++) {
      char c = folded.charAt(i);
      boolean space = isSpaceOrSeparator(c);
      if (!space) {
        out[length++] = c;
      } else if (!inSpace) {
        out[length++] = ' ';
      }
      inSpace = space;
    }
    return new String(out, 0, length).strip();
  }

  private static boolean isAscii(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpaceOrSeparator(char c) {
    return switch (c) {
      case ' ', '\t', '\n', '\u000B', '\f', '\r' -> true;
      default -> {
        int type = Character.getType(c);
        yield type == Character.SPACE_SEPARATOR
            || type == Character.LINE_SEPARATOR
            || type == Character.PARAGRAPH_SEPARATOR;
      }
    };
  }

  /**
   * The URL without what does not change the page: scheme and host case, default port, fragment,
   * tracking parameters, a trailing slash. {@code null} for no URL.
   */
  public static String urlKey(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(url.strip());
      String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
      if (host.startsWith("www.")) {
        host = host.substring(4);
      }
      String path = uri.getRawPath() == null ? "" : uri.getRawPath();
      if (path.endsWith("/")) {
        path = path.substring(0, path.length() - 1);
      }
      String query =
          uri.getRawQuery() == null
              ? ""
              : Arrays.stream(uri.getRawQuery().split("&"))
                  .filter(p -> !p.isEmpty())
                  .filter(p -> !p.toLowerCase(Locale.ROOT).startsWith("utm_"))
                  .filter(p -> !p.toLowerCase(Locale.ROOT).startsWith("fbclid="))
                  .filter(p -> !p.toLowerCase(Locale.ROOT).startsWith("gclid="))
                  .sorted()
                  .collect(Collectors.joining("&"));
      int port = uri.getPort();
      boolean defaultPort = port == -1 || port == 80 || port == 443;
      return host + (defaultPort ? "" : ":" + port) + path + (query.isEmpty() ? "" : "?" + query);
    } catch (URISyntaxException e) {
      return url.strip().toLowerCase(Locale.ROOT);
    }
  }
}
