package org.briefing.subscriptions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.briefing.classification.control.Classifier;
import org.briefing.classification.entity.Vocabulary;
import org.briefing.links.control.LinkTokens;
import org.briefing.links.control.ReaderLinks;
import org.briefing.mail.control.Outbox;
import org.briefing.mail.control.Templates;
import org.briefing.mail.entity.MailBody;
import org.briefing.mail.entity.MailMessage;
import org.briefing.subscriptions.entity.Frequency;
import org.briefing.subscriptions.entity.Subscription;
import org.briefing.subscriptions.entity.SubscriptionStatus;
import org.briefing.web.control.InvalidInputException;
import org.briefing.web.control.TooManyRequestsException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Subscribing with double opt-in, confirming, and unsubscribing. */
@ApplicationScoped
public class Subscriptions {

  private static final java.util.logging.Logger LOG =
      java.util.logging.Logger.getLogger(Subscriptions.class.getName());

  /** How long a confirmation link works. */
  static final Duration CONFIRMATION_VALIDITY = Duration.ofHours(48);

  /** How long a request whose confirmation link expired is kept (its link says "expired"). */
  static final Duration KEEP_EXPIRED = Duration.ofDays(7);

  static final int DEFAULT_DELIVERY_HOUR = 7;

  /** Whitespace, controls and list separators: never inside one plain address. */
  private static final java.util.regex.Pattern SEPARATORS =
      java.util.regex.Pattern.compile("[\\s\\p{Cntrl},;<>]");

  /** Dot-separated labels that neither start nor end with a hyphen (any script; IDN follows). */
  private static final java.util.regex.Pattern DOMAIN =
      java.util.regex.Pattern.compile(
          "([\\p{L}\\p{N}]([\\p{L}\\p{N}-]*[\\p{L}\\p{N}])?\\.)+[\\p{L}\\p{N}-]*[\\p{L}\\p{N}]|\\[.*");

  /** Where a reader's private Atom feed is served (the readerfeeds package). */
  static final String FEED_PATH = "/api/atom/briefings";

  /** A repeated request within this time, with the same choices, sends no second email. */
  static final Duration RESEND_AFTER = Duration.ofMinutes(10);

  @PersistenceContext EntityManager em;
  @Inject Outbox outbox;
  @Inject Clock clock;
  @Inject Classifier classifier;
  @Inject ReaderLinks links;

  @Inject
  @ConfigProperty(name = "app.base.url", defaultValue = "http://localhost:9080")
  String baseUrl;

  @Inject
  @ConfigProperty(name = "briefing.subscribe.per.address.hour", defaultValue = "5")
  int perAddressHour;

  @Inject
  @ConfigProperty(name = "briefing.subscribe.per.client.hour", defaultValue = "60")
  int perClientHour;

  @Inject RequestLimits limits;

  /** The window of the subscribe limits. */
  static final Duration LIMIT_WINDOW = Duration.ofHours(1);

  /**
   * Whether a subscribe request may go on: 429 beyond the client's hourly limit; false (answered as
   * a success, sending nothing) beyond the address's. Outside any transaction, like every check of
   * input, so that a refusal is no server fault.
   */
  public boolean admit(String address, String client) {
    if (!limits.tryAcquire("client " + client, perClientHour, LIMIT_WINDOW)) {
      throw new TooManyRequestsException(
          "Too many subscription requests from this client; try again within the hour.");
    }
    if (!limits.tryAcquire("inbox " + mailbox(address), perAddressHour, LIMIT_WINDOW)) {
      // Same answer as a success: nobody learns about an address, nobody floods its inbox.
      LOG.warning("Too many subscription requests for one address within the hour; ignored");
      return false;
    }
    return true;
  }

  /**
   * Stores a pending subscription and sends the confirmation email: the only email an unconfirmed
   * address ever gets. The caller answers the same whether or not the address is known.
   *
   * @param address as {@link #address} returns it
   */
  @Transactional
  public void subscribe(String address, ChoiceChecker.Choices choices) {
    Set<String> topicSet = choices.topics();
    Set<String> actorSet = choices.actors();
    ZoneId zone = choices.zone();
    Instant now = Instant.now(clock);
    Frequency chosenFrequency = choices.frequency();
    int hour = choices.deliveryHour() == null ? DEFAULT_DELIVERY_HOUR : choices.deliveryHour();
    // Whole milliseconds: the confirmation token covers the expiry as stored and read back.
    Instant until = now.plus(CONFIRMATION_VALIDITY).truncatedTo(ChronoUnit.MILLIS);
    Optional<Subscription> known = byAddress(address);
    if (known.isEmpty()) {
      Subscription subscription =
          new Subscription(
              UUID.randomUUID().toString(),
              address,
              topicSet,
              actorSet,
              chosenFrequency,
              zone,
              hour,
              until,
              now);
      em.persist(subscription);
      outbox.post(confirmationMail(subscription, until, "confirm-" + subscription.id()));
      return;
    }
    // A reader is an address: a new request updates what they have, never adds a second one.
    Subscription s = known.get();
    switch (s.status()) {
      case CONFIRMED, PAUSED -> outbox.post(alreadySubscribedMail(s, now));
      case PENDING, UNSUBSCRIBED -> {
        boolean repeated =
            s.awaitsConfirmation(now)
                && s.chose(topicSet, actorSet, chosenFrequency, zone, hour)
                && s.confirmationSentAt(CONFIRMATION_VALIDITY).isAfter(now.minus(RESEND_AFTER));
        if (repeated) {
          return; // a double click: the link already sent still works
        }
        s.renew(topicSet, actorSet, chosenFrequency, zone, hour, until);
        outbox.post(confirmationMail(s, until, "confirm-" + s.id() + "-" + now.toEpochMilli()));
      }
    }
  }

  /** Whether a failed subscribe lost the race for its address to a simultaneous one. */
  public static boolean isAddressTaken(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof java.sql.SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true; // integrity constraint violation: the unique address key
      }
    }
    return false;
  }

  /** The subscription of an address, whatever the case of its letters. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Subscription> byAddress(String address) {
    return em.createNamedQuery(Subscription.BY_ADDRESS, Subscription.class)
        .setParameter("key", Subscription.key(address))
        .getResultStream()
        .findFirst();
  }

  /** The subscription a confirmation link belongs to, without confirming it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Subscription> byConfirmToken(String token) {
    if (Tokens.wellFormed(token)) {
      return byLegacyToken(Subscription.BY_CONFIRM_TOKEN, token);
    }
    return bySignedToken(token)
        .filter(s -> links.tokens().isConfirm(token, s.id(), s.confirmExpiresAt()));
  }

  /** New choices for the subscription behind a manage token; empty if the token is unknown. */
  @Transactional
  public Optional<Subscription> change(String token, ChoiceChecker.Choices choices) {
    Optional<Subscription> subscription = byManageToken(token);
    subscription.ifPresent(
        s ->
            s.change(
                choices.topics(),
                choices.actors(),
                choices.frequency(),
                choices.zone(),
                choices.deliveryHour() == null ? s.deliveryHour() : choices.deliveryHour()));
    return subscription;
  }

  @Transactional
  public Optional<Subscription> pause(String token, boolean pause) {
    Optional<Subscription> subscription = byManageToken(token);
    subscription.ifPresent(
        s -> {
          if (pause) {
            s.pause();
          } else {
            s.resume(Instant.now(clock));
          }
        });
    return subscription;
  }

  /** Confirms the subscription behind a token; empty if the token is unknown or expired. */
  @Transactional
  public Optional<Subscription> confirm(String token) {
    return byConfirmToken(token).filter(s -> s.confirm(Instant.now(clock)));
  }

  /**
   * Starts an ended subscription again from its preferences page: the manage link came to this
   * mailbox, so it needs no new confirmation. Briefings resume from now.
   */
  @Transactional
  public Optional<Subscription> resubscribe(String token) {
    Optional<Subscription> subscription = byManageToken(token);
    subscription.ifPresent(s -> s.resubscribe(Instant.now(clock)));
    return subscription;
  }

  /** Ends the subscription behind a manage token; empty if the token is unknown. */
  @Transactional
  public Optional<Subscription> unsubscribe(String token) {
    Optional<Subscription> subscription = byManageToken(token);
    subscription.ifPresent(s -> s.unsubscribe(Instant.now(clock)));
    return subscription;
  }

  /**
   * Forgets the requests never confirmed whose link expired more than {@link #KEEP_EXPIRED} before
   * {@code now}: nothing else removed them, and anyone could pile them up. Until then the expired
   * link still says so. Returns how many were forgotten.
   */
  @Transactional
  public int forgetUnconfirmed(Instant now) {
    return em.createQuery(
            "delete from Subscription s where s.status = :pending and s.confirmExpiresAt < :cutoff")
        .setParameter("pending", SubscriptionStatus.PENDING)
        .setParameter("cutoff", now.minus(KEEP_EXPIRED))
        .executeUpdate();
  }

  /** Forgets the subscribe limits' counts whose window closed before {@code now}. */
  public int forgetClosedLimits(Instant now) {
    return limits.forgetClosedBefore(now.minus(LIMIT_WINDOW));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Subscription> byManageToken(String token) {
    if (Tokens.wellFormed(token)) {
      return byLegacyToken(Subscription.BY_MANAGE_TOKEN, token);
    }
    return bySignedToken(token).filter(s -> links.tokens().isManage(token, s.id()));
  }

  /**
   * The subscription whose private feed a token opens: one with a feed, and the token of its
   * current generation. Whatever else fails, nothing: the caller answers every miss alike.
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Subscription> byFeedToken(String token) {
    return bySignedToken(token)
        .filter(Subscription::hasFeed)
        .filter(s -> links.tokens().isFeed(token, s.id(), s.feedGeneration()));
  }

  /**
   * The address of the reader's private feed, shown on their preferences page; none without one.
   */
  public Optional<String> feedUrl(Subscription s) {
    return s.hasFeed()
        ? Optional.of(
            baseUrl + FEED_PATH + "?token=" + links.tokens().feed(s.id(), s.feedGeneration()))
        : Optional.empty();
  }

  /** A new private feed link for the subscription behind a manage token; the old one stops. */
  @Transactional
  public Optional<Subscription> resetFeedLink(String token) {
    Optional<Subscription> subscription = byManageToken(token);
    subscription.ifPresent(Subscription::resetFeedLink);
    return subscription;
  }

  /** A reader's manage token, for the links on the pages the service answers them with. */
  public String manageToken(Subscription s) {
    return links.tokens().manage(s.id());
  }

  /** The subscription a signed token names; its MAC is for the caller to check. */
  private Optional<Subscription> bySignedToken(String token) {
    return LinkTokens.subscriptionOf(token).map(id -> em.find(Subscription.class, id));
  }

  /**
   * The subscription of a random token sent before tokens were derived (a named query by its hash):
   * links in emails already sent keep working.
   */
  private Optional<Subscription> byLegacyToken(String query, String token) {
    return em.createNamedQuery(query, Subscription.class)
        .setParameter("hash", Tokens.hash(token))
        .getResultStream()
        .findFirst();
  }

  /**
   * To a confirmed reader who asks again: what they receive and where to change it. The request
   * changes nothing by itself, since anyone can type an address.
   */
  private MailMessage alreadySubscribedMail(Subscription s, Instant now) {
    return mail(
        s,
        "subscribed-again-" + s.id() + "-" + now.toEpochMilli(),
        "You are already subscribed to Briefing Gateway",
        "subscribed",
        Map.of(
            "preferencesUrl",
            baseUrl + "/api/subscriptions/preferences?token=",
            "paused",
            s.status() == SubscriptionStatus.PAUSED),
        null);
  }

  /** The confirmation email; {@code id} differs for each link sent, so that each is sent. */
  private MailMessage confirmationMail(Subscription s, Instant until, String id) {
    return mail(
        s,
        id,
        "Confirm your Briefing Gateway subscription",
        "confirmation",
        Map.of(
            "confirmUrl",
            baseUrl + "/api/subscriptions/confirm?token=",
            "hours",
            CONFIRMATION_VALIDITY.toHours()),
        until.toEpochMilli());
  }

  /** A subscription's topics as people read them: "Rare earths, Lithium", or "all topics". */
  public String topicsInWords(Subscription s) {
    return s.topics().isEmpty()
        ? "all topics"
        : String.join(", ", s.topics().stream().map(Vocabulary::label).toList());
  }

  /** A subscription's actors as people read them: "Ukraine, China", or "all actors". */
  public String actorsInWords(Subscription s) {
    Map<String, String> names = classifier.actorNames();
    return s.actors().isEmpty()
        ? "all actors"
        : String.join(", ", s.actors().stream().map(a -> names.getOrDefault(a, a)).toList());
  }

  /**
   * An email about a subscription, its choices as people read them ("Rare earths", "Ukraine"). Its
   * links end in slots: the message names the reader, and the sender derives their tokens.
   */
  private MailMessage mail(
      Subscription s,
      String id,
      String subject,
      String template,
      Map<String, Object> values,
      Long confirmUntil) {
    Map<String, Object> scope = new java.util.HashMap<>(values);
    scope.put("recipientToken", MailBody.slot(ReaderLinks.MANAGE));
    scope.put("confirmToken", MailBody.slot(ReaderLinks.CONFIRM));
    scope.put("topics", topicsInWords(s));
    scope.put("actors", actorsInWords(s));
    scope.put("frequency", s.frequency().label());
    return MailMessage.complete(
        id,
        "confirmation",
        s.email(),
        subject,
        Templates.text(template, scope),
        Templates.html(template, scope),
        Map.of(),
        s.id(),
        confirmUntil);
  }

  /**
   * The mailbox an address reaches, as the per-address limit counts it: one case, and without a
   * sub-address ({@code reader+1@…}, {@code reader+2@…} reach one inbox and were counted apart).
   */
  static String mailbox(String address) {
    String lower = address.toLowerCase(Locale.ROOT);
    int at = lower.lastIndexOf('@');
    int plus = lower.indexOf('+');
    return plus > 0 && plus < at ? lower.substring(0, plus) + lower.substring(at) : lower;
  }

  /**
   * The address as we store and send to it. Internationalised domains are accepted and kept in
   * their ASCII (xn--) form, which every SMTP server can route. Mailbox names outside ASCII
   * (pelé@example.org) are refused: sending to them needs SMTPUTF8 on every hop, which this service
   * does not use, and a confirmation that cannot be delivered would be lost silently. IP address
   * literals are refused: subscriptions are for mail domains.
   */
  public static String address(String email) {
    if (email == null || SEPARATORS.matcher(email).find()) {
      throw new InvalidInputException("email", "must be a single email address");
    }
    String given = email;
    int separator = given.lastIndexOf('@');
    if (separator > 0
        && (given.startsWith("\"") || !DOMAIN.matcher(given.substring(separator + 1)).matches())) {
      throw new InvalidInputException("email", "must be a valid email address");
    }
    if (separator > 0 && separator < given.length() - 1) {
      String local = given.substring(0, separator);
      String domain = given.substring(separator + 1);
      if (!StandardCharsets.US_ASCII.newEncoder().canEncode(local)) {
        throw new InvalidInputException(
            "email",
            "must have a mailbox name in ASCII before the @: internationalised mailbox names need"
                + " SMTPUTF8, which this service does not send (internationalised domains are"
                + " fine)");
      }
      if (domain.startsWith("[")) {
        throw new InvalidInputException(
            "email", "must name a mail domain after the @, not an IP address");
      }
      given = local + "@" + asciiDomain(domain);
    }
    try {
      InternetAddress parsed = new InternetAddress(given, true);
      parsed.validate();
      String address = parsed.getAddress();
      if (!address.equals(given) || parsed.getPersonal() != null) {
        throw new AddressException("not a bare address");
      }
      int at = address.lastIndexOf('@');
      // The domain is case-insensitive; the local part, strictly, is not: keep it as given.
      return address.substring(0, at) + "@" + address.substring(at + 1).toLowerCase(Locale.ROOT);
    } catch (AddressException e) {
      throw new InvalidInputException("email", "must be a valid email address");
    }
  }

  private static String asciiDomain(String domain) {
    if (StandardCharsets.US_ASCII.newEncoder().canEncode(domain)) {
      return domain;
    }
    boolean invisible =
        domain
            .codePoints()
            .anyMatch(
                c ->
                    Character.getType(c) == Character.FORMAT
                        || Character.isWhitespace(c)
                        || Character.isISOControl(c));
    try {
      if (invisible) {
        throw new IllegalArgumentException("invisible characters");
      }
      return IDN.toASCII(domain, IDN.USE_STD3_ASCII_RULES);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("email", "must have a valid domain after the @");
    }
  }

  static ZoneId zone(String timezone) {
    if (timezone == null || timezone.isBlank()) {
      return ZoneOffset.UTC;
    }
    return TimeZones.resolve(timezone)
        .orElseThrow(
            () ->
                new InvalidInputException(
                    "timezone",
                    TimeZones.suggest(timezone)
                        .map(
                            id -> "'" + timezone + "' is not a time zone; did you mean " + id + "?")
                        .orElse(
                            "'"
                                + timezone
                                + "' is not a time zone; use a name such as Europe/Kyiv or"
                                + " America/New_York")));
  }
}
