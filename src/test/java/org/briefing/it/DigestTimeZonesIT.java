package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.briefing.classification.entity.Classification;
import org.briefing.classification.entity.Event;
import org.briefing.classification.entity.EventType;
import org.briefing.it.support.Api;
import org.briefing.it.support.BrokerAdmin;
import org.briefing.it.support.Deployments;
import org.briefing.it.support.Mailbox;
import org.briefing.pipeline.control.JsonMapper;
import org.briefing.subscriptions.control.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two readers want their daily digest at 07:00 in their own time zone: one in New York, one in
 * Tokyo. We follow them over the weekend on which New York next changes its clocks (Tokyo never
 * does), with news on graphite every two hours. The operator runs the scheduled round hour by hour
 * as of those moments ({@code POST /api/digests/due?at=}), as the scheduler would; the mailbox
 * shows who got a digest at which moment. New York's 07:00 moves by an hour in UTC on the day of
 * the change; Tokyo's stays at 22:00 UTC; neither gets a digest at any other hour, nor twice.
 *
 * <p>The story lies in the past (the last clock change at least a week ago): a round may not be run
 * as of a moment ahead of the server's clock, and the real scheduler is off in the tests
 * (DIGEST_SCHEDULER_ENABLED=false), so that no round on the real clock serves these readers.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DigestTimeZonesIT {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
  private static final int SEVEN = 7;
  private static final String NEW_YORK_READER = "dst-new-york@example.org";
  private static final String TOKYO_READER = "dst-tokyo@example.org";
  private static final String MAIL = "briefing.mail";
  private static final Pattern DIGEST_ID =
      Pattern.compile("<digest-[0-9a-f-]{36}-(\\d+)@briefing-gateway>");
  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

  @Deployment
  static WebArchive application() {
    return Deployments.application().addClass(DigestTimeZonesIT.class);
  }

  /** The Sunday on which New York's clocks last changed, at least a week ago. */
  private static LocalDate changeSunday() {
    Instant change =
        NEW_YORK
            .getRules()
            .previousTransition(Instant.now().minus(Duration.ofDays(7)))
            .getInstant();
    return change.atZone(NEW_YORK).toLocalDate();
  }

  /** The story starts on the Saturday before, at midnight UTC, and runs 72 hours. */
  private static Instant saturday() {
    return changeSunday().minusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private static List<Instant> sevenLocal(ZoneId zone) {
    Instant from = saturday();
    Instant to = from.plus(Duration.ofHours(72));
    return changeSunday()
        .minusDays(2)
        .datesUntil(changeSunday().plusDays(3))
        .map(day -> ZonedDateTime.of(day, LocalTime.of(SEVEN, 0), zone).toInstant())
        .filter(at -> !at.isBefore(from) && at.isBefore(to))
        .toList();
  }

  /** Seeded inside the server: the readers, confirmed as the story starts, and the news. */
  @Test
  @Order(1)
  void twoReadersAndAWeekendOfNews() throws Exception {
    Instant start = saturday();
    DataSource ds = (DataSource) new InitialContext().lookup("jdbc/briefing");
    try (Connection c = ds.getConnection()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO subscription (id, email, topics, actors, frequency, timezone,"
                  + " delivery_hour, status, created_at, confirmed_at, version, email_key)"
                  + " VALUES (?, ?, '|graphite|', '', 'DAILY', ?, ?, 'CONFIRMED', ?, ?, 0,"
                  + " LOWER(?))")) {
        for (String[] reader :
            new String[][] {{NEW_YORK_READER, NEW_YORK.getId()}, {TOKYO_READER, TOKYO.getId()}}) {
          ps.setString(1, UUID.randomUUID().toString());
          ps.setString(2, reader[0]);
          ps.setString(3, reader[1]);
          ps.setInt(4, SEVEN);
          ps.setTimestamp(5, Timestamp.from(start));
          ps.setTimestamp(6, Timestamp.from(start));
          ps.setString(7, reader[0]);
          ps.executeUpdate();
        }
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO article (id, title, body, content_hash, received_at, status,"
                  + " classified_at, relevant, score, classification_json, topics, actors, version)"
                  + " VALUES (?, ?, ?, ?, ?, 'CLASSIFIED', ?, TRUE, 0.8, ?, '|graphite|',"
                  + " '|CN|US|', 0)")) {
        Timestamp received = Timestamp.from(Instant.now());
        for (Instant at = start.minus(Duration.ofDays(1));
            at.isBefore(start.plus(Duration.ofHours(72)));
            at = at.plus(Duration.ofHours(2))) {
          String id = UUID.randomUUID().toString();
          Classification classification =
              new Classification(
                  true,
                  0.8,
                  List.of("graphite"),
                  List.of("CN", "US"),
                  List.of(),
                  List.of(
                      new Event(
                          "CN",
                          "US",
                          EventType.NEGOTIATE,
                          "graphite",
                          "China and the United States held talks on graphite.",
                          false)),
                  List.of("time-zones"));
          ps.setString(1, id);
          ps.setString(2, "Graphite talks, " + at);
          ps.setString(3, "China and the United States held talks on graphite at " + at + ".");
          ps.setString(4, Tokens.hash(id));
          ps.setTimestamp(5, received);
          ps.setTimestamp(6, Timestamp.from(at));
          ps.setString(7, JsonMapper.write(classification));
          ps.executeUpdate();
        }
      }
    }
  }

  @Test
  @Order(2)
  @RunAsClient
  void eachGetsTheDailyDigestAtSevenInTheirOwnZoneAcrossTheClockChange() throws Exception {
    Api operator = Api.local().asOperator();
    Instant start = saturday();
    for (int hour = 0; hour < 72; hour++) {
      Instant at = start.plus(Duration.ofHours(hour));
      HttpResponse<String> round =
          operator.post("/api/digests/due?frequency=daily&at=" + at, "application/json", "");
      assertThat(round.statusCode()).as("round at %s", at).isEqualTo(200);
    }
    Mailbox.awaitMessages(NEW_YORK_READER, 3);
    Mailbox.awaitMessages(TOKYO_READER, 3);
    awaitNothingWaitingFor(NEW_YORK_READER);
    awaitNothingWaitingFor(TOKYO_READER);
    List<MimeMessage> newYork = inRoundOrder(Mailbox.to(NEW_YORK_READER));
    List<MimeMessage> tokyo = inRoundOrder(Mailbox.to(TOKYO_READER));

    List<Instant> newYorkSlots = sevenLocal(NEW_YORK);
    List<Instant> tokyoSlots = sevenLocal(TOKYO);
    // New York: 07:00 on Saturday, Sunday and Monday, an hour apart in UTC across the change
    // (12:00Z then 11:00Z in spring; 11:00Z then 12:00Z in autumn).
    assertThat(newYorkSlots).hasSize(3);
    assertThat(hourUtc(newYorkSlots.get(0))).isNotEqualTo(hourUtc(newYorkSlots.get(1)));
    assertThat(hourUtc(newYorkSlots.get(1))).isEqualTo(hourUtc(newYorkSlots.get(2)));
    // Tokyo: 07:00 there is 22:00Z the evening before, every day.
    assertThat(tokyoSlots).hasSize(3).allSatisfy(at -> assertThat(hourUtc(at)).isEqualTo(22));

    assertThat(newYork.stream().map(DigestTimeZonesIT::round).toList())
        .containsExactlyElementsOf(newYorkSlots);
    assertThat(tokyo.stream().map(DigestTimeZonesIT::round).toList())
        .containsExactlyElementsOf(tokyoSlots);
    // Each digest is dated by the reader's own calendar and carries their own links.
    for (int i = 0; i < 3; i++) {
      assertDigest(newYork.get(i), newYorkSlots.get(i), NEW_YORK);
      assertDigest(tokyo.get(i), tokyoSlots.get(i), TOKYO);
    }
  }

  @Test
  @Order(3)
  @RunAsClient
  void theSameRoundAgainSendsNothing() {
    Instant last = saturday().plus(Duration.ofHours(71));
    HttpResponse<String> again =
        Api.local()
            .asOperator()
            .post("/api/digests/due?frequency=daily&at=" + last, "application/json", "");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(Api.json(again).getInt("digestsQueued")).isZero();
  }

  @Test
  @Order(4)
  @RunAsClient
  void bothLeaveWithTheOneClickLinkOfTheirLastDigest() {
    Api api = Api.local();
    for (String reader : List.of(NEW_YORK_READER, TOKYO_READER)) {
      List<MimeMessage> digests = Mailbox.to(reader);
      String unsubscribe =
          Mailbox.header(digests.get(digests.size() - 1), "List-Unsubscribe")
              .orElseThrow()
              .replaceAll("[<>]", "");
      HttpResponse<String> gone =
          api.send(
              HttpRequest.newBuilder(URI.create(unsubscribe))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
                  .build());
      assertThat(gone.statusCode()).as(reader).isEqualTo(200);
      assertThat(gone.body()).contains("Unsubscribed");
    }
  }

  // No test-support type in a lambda's captured state: the class is loaded inside the server too,
  // where those classes are not, and the lambda's hidden method would name them.
  private static void awaitNothingWaitingFor(String reader) {
    await("no email waiting for " + reader)
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> BrokerAdmin.local().browse(MAIL, "to = '" + reader + "'").isEmpty());
  }

  /** The moment of the round that made a digest, from its Message-ID. */
  private static Instant round(MimeMessage digest) {
    String messageId = Mailbox.header(digest, "Message-ID").orElseThrow();
    Matcher id = DIGEST_ID.matcher(messageId);
    assertThat(id.matches()).as("a digest's Message-ID: %s", messageId).isTrue();
    return Instant.ofEpochMilli(Long.parseLong(id.group(1)));
  }

  private static List<MimeMessage> inRoundOrder(List<MimeMessage> digests) {
    return digests.stream().sorted(Comparator.comparing(DigestTimeZonesIT::round)).toList();
  }

  private static void assertDigest(MimeMessage digest, Instant slot, ZoneId zone) {
    String localDay = DAY.format(slot.atZone(zone));
    assertThat(Mailbox.subject(digest)).startsWith("Daily briefing, " + localDay);
    String unsubscribe = Mailbox.header(digest, "List-Unsubscribe").orElseThrow();
    String token = unsubscribe.replaceAll(".*token=([A-Za-z0-9_-]+)>", "$1");
    assertThat(Mailbox.part(digest, "text/html"))
        .hasValueSatisfying(
            html ->
                assertThat(html)
                    .contains("Graphite talks")
                    .contains(token)
                    .doesNotContain("TOKEN.PLACEHOLDER"));
    assertThat(Mailbox.part(digest, "text/plain"))
        .hasValueSatisfying(
            text ->
                assertThat(text)
                    .contains("preferences?token=" + token)
                    .doesNotContain("TOKEN.PLACEHOLDER"));
  }

  private static int hourUtc(Instant at) {
    return at.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS).getHour();
  }
}
