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
    String normalised = normaliseText(title) + "\n" + normaliseText(body);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /**
   * NFKC, lower case, each run of spaces and separators as one space ({@code [\p{Z}\s]+}), ends
   * stripped. A loop, not a regular expression: this runs over every body posted. Hashes stored
   * earlier depend on it giving exactly what the expression gave.
   */
  static String normaliseText(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(folded.length());
    int copyFrom = 0; // start of the text not yet copied
    boolean inSpace = false;
    for (int i = 0, n = folded.length(); i < n; i++) {
      boolean space = isSpaceOrSeparator(folded.charAt(i));
      if (space && !inSpace) {
        out.append(folded, copyFrom, i).append(' ');
      } else if (!space && inSpace) {
        copyFrom = i;
      }
      inSpace = space;
    }
    if (!inSpace) {
      out.append(folded, copyFrom, folded.length());
    }
    return out.toString().strip();
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
