package org.briefing.digest.control;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.briefing.mail.control.Templates;

/**
 * Composes one digest email, as HTML and as equivalent plain text, from Mustache templates. Plain
 * Java: every value is escaped by the HTML template engine, none is concatenated into markup.
 */
public final class DigestComposer {

  /** At most this many articles in full; the rest are counted as "N more". */
  public static final int CAP = 25;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  /** The finished email's parts. */
  public record Composed(String subject, String text, String html) {}

  /**
   * @param frequencyLabel {@code daily}, {@code weekly} or {@code immediate}
   * @param zone the subscriber's time zone, for dates
   * @param articles the new matching articles, any order
   * @param articleBaseUrl where the service shows an article, followed by its id
   * @param unsubscribeUrl the one-click unsubscribe link
   */
  public Composed compose(
      String frequencyLabel,
      ZoneId zone,
      Instant now,
      List<DigestArticle> articles,
      String articleBaseUrl,
      String unsubscribeUrl) {
    List<DigestArticle> ordered = new ArrayList<>(articles);
    ordered.sort(
        Comparator.comparingDouble(DigestArticle::score)
            .reversed()
            .thenComparing(
                a -> a.publishedAt() == null ? Instant.EPOCH : a.publishedAt(),
                Comparator.reverseOrder()));
    List<Map<String, Object>> shown = new ArrayList<>();
    for (DigestArticle a : ordered.subList(0, Math.min(CAP, ordered.size()))) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("title", a.title());
      item.put("link", a.url() != null ? a.url() : articleBaseUrl + a.id());
      item.put("source", a.source() == null ? "" : a.source());
      item.put("date", a.publishedAt() == null ? "" : DAY.format(a.publishedAt().atZone(zone)));
      item.put("topics", String.join(", ", a.topics()));
      item.put("actors", String.join(", ", a.actors()));
      item.put("events", a.events());
      item.put("hasEvents", !a.events().isEmpty());
      shown.add(item);
    }
    int more = ordered.size() - shown.size();
    String heading = capitalise(frequencyLabel) + " briefing";
    String date = DAY.format(now.atZone(zone));
    Map<String, Object> scope = new LinkedHashMap<>();
    scope.put("heading", heading);
    scope.put("date", date);
    scope.put("count", ordered.size());
    scope.put("articles", shown);
    scope.put("more", more);
    scope.put("hasMore", more > 0);
    scope.put("unsubscribeUrl", unsubscribeUrl);
    String subject =
        heading
            + ", "
            + date
            + ": "
            + ordered.size()
            + (ordered.size() == 1 ? " new article" : " new articles");
    return new Composed(subject, Templates.text("digest", scope), Templates.html("digest", scope));
  }

  private static String capitalise(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
