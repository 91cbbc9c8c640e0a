package org.briefing.operations.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.briefing.web.control.ApiKeys;

/**
 * What production mode ({@code BRIEFING_ENV=production}) refuses: the settings whose local defaults
 * are fine on a laptop and an open door anywhere else. An unset setting counts as its local
 * default, as server.xml then uses it. Plain Java.
 */
public final class ProductionSettings {

  public static final String ENVIRONMENT = "briefing.env";

  /** Passwords with their local defaults (server.xml), in the order they are reported. */
  private static final Map<String, String> PASSWORDS = new LinkedHashMap<>();

  static {
    PASSWORDS.put("db.password", "briefing-local");
    PASSWORDS.put("broker.password", "briefing-local");
    PASSWORDS.put("smtp.password", "briefing-local");
    PASSWORDS.put("operator.password", "operator-local");
    PASSWORDS.put("keystore.password", "briefing-local-keystore");
    PASSWORDS.put("link.secret", "briefing-link-local");
  }

  /** The shortest link secret accepted: readers' tokens are HMACs of ids anyone may see. */
  static final int LINK_SECRET_LENGTH = 32;

  private ProductionSettings() {}

  public static boolean production(Function<String, Optional<String>> settings) {
    return settings
        .apply(ENVIRONMENT)
        .map(v -> v.strip().equalsIgnoreCase("production"))
        .orElse(false);
  }

  /** Why the settings are not fit for production, one line each; empty when they are. */
  public static List<String> problems(Function<String, Optional<String>> settings) {
    List<String> problems = new ArrayList<>();
    PASSWORDS.forEach(
        (name, local) -> {
          if (name.equals("smtp.password") && !flag(settings, "smtp.auth")) {
            return; // not sent to the mail server without SMTP_AUTH
          }
          String value = settings.apply(name).map(String::strip).orElse(local);
          if (value.isEmpty() || value.equals(local) || value.endsWith("-local")) {
            problems.add(
                environmentName(name) + " is unset or a local default: set a password of its own");
          } else if (name.equals("link.secret") && value.length() < LINK_SECRET_LENGTH) {
            problems.add(
                "LINK_SECRET is shorter than "
                    + LINK_SECRET_LENGTH
                    + " characters: readers' link tokens could be forged");
          }
        });
    if (ApiKeys.parse(settings.apply("briefing.api.keys").orElse(null)).open()) {
      problems.add("BRIEFING_API_KEYS is unset: anyone could post articles");
    }
    String baseUrl =
        settings.apply("app.base.url").map(String::strip).orElse("http://localhost:9080");
    if (!baseUrl.toLowerCase(Locale.ROOT).startsWith("https://")) {
      problems.add(
          "APP_BASE_URL is not https ("
              + baseUrl
              + "): the confirmation, preferences and unsubscribe links carry readers' tokens");
    }
    if (flag(settings, "feeds.allow.private.addresses")) {
      problems.add(
          "FEEDS_ALLOW_PRIVATE_ADDRESSES is true: a registered feed URL could reach the service's"
              + " own network (loopback, private and cloud metadata addresses)");
    }
    if (!flag(settings, "smtp.starttls") && !flag(settings, "smtp.ssl")) {
      problems.add(
          "Neither SMTP_STARTTLS nor SMTP_SSL is true: mail, with readers' links, would leave"
              + " unencrypted");
    }
    return problems;
  }

  private static boolean flag(Function<String, Optional<String>> settings, String name) {
    return settings.apply(name).map(v -> v.strip().equalsIgnoreCase("true")).orElse(false);
  }

  /** The environment variable a server variable is set through: db.password, DB_PASSWORD. */
  static String environmentName(String name) {
    return name.toUpperCase(Locale.ROOT).replace('.', '_');
  }
}
