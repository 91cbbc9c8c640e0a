package org.briefing.intake.control;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import org.briefing.web.control.InvalidInputException;

/**
 * Where a list of articles goes on: after the article that arrived at {@code receivedAt} with this
 * id (newest first, ties by id). Opaque to clients, so that its form may change. Plain Java.
 */
public record ArticleCursor(Instant receivedAt, String id) {

  /** The cursor as a query parameter. */
  public String encode() {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString((receivedAt + " " + id).getBytes(StandardCharsets.UTF_8));
  }

  /** The cursor a page handed out; an {@link InvalidInputException} naming {@code after} if not. */
  public static ArticleCursor decode(String after) {
    try {
      String[] parts =
          new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8).split(" ", -1);
      if (parts.length == 2 && parts[1].matches("[0-9a-f-]{36}")) {
        return new ArticleCursor(Instant.parse(parts[0]), parts[1]);
      }
    } catch (IllegalArgumentException | DateTimeException e) {
      // answered below
    }
    throw new InvalidInputException("after", "must be the next cursor of an earlier page");
  }
}
