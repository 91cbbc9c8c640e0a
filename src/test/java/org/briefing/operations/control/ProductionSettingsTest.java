package org.briefing.operations.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProductionSettingsTest {

  /** A deployment with every setting production mode asks for. */
  private static Map<String, String> fit() {
    Map<String, String> settings = new HashMap<>();
    settings.put("briefing.env", "production");
    settings.put("db.password", "db-s3cret");
    settings.put("broker.password", "broker-s3cret");
    settings.put("smtp.auth", "true");
    settings.put("smtp.password", "smtp-s3cret");
    settings.put("operator.password", "operator-s3cret");
    settings.put("keystore.password", "keystore-s3cret");
    settings.put("briefing.api.keys", "a-long-random-key");
    settings.put("app.base.url", "https://briefing.example.org");
    settings.put("smtp.starttls", "true");
    settings.put("link.secret", "a-secret-of-thirty-two-or-more-characters");
    return settings;
  }

  private static List<String> problems(Map<String, String> settings) {
    return ProductionSettings.problems(name -> Optional.ofNullable(settings.get(name)));
  }

  @Test
  void onlyBriefingEnvProductionIsProductionMode() {
    assertThat(ProductionSettings.production(name -> Optional.empty())).isFalse();
    assertThat(ProductionSettings.production(name -> Optional.of("local"))).isFalse();
    assertThat(ProductionSettings.production(name -> Optional.of(" Production "))).isTrue();
  }

  @Test
  void aDeploymentWithItsOwnSettingsPasses() {
    assertThat(problems(fit())).isEmpty();
    Map<String, String> implicitTls = fit();
    implicitTls.remove("smtp.starttls");
    implicitTls.put("smtp.ssl", "true");
    assertThat(problems(implicitTls)).isEmpty();
  }

  @Test
  void nothingSetIsRefusedForEveryReason() {
    List<String> problems = problems(Map.of("briefing.env", "production"));
    assertThat(problems)
        .hasSize(8)
        .anySatisfy(p -> assertThat(p).startsWith("DB_PASSWORD"))
        .anySatisfy(p -> assertThat(p).startsWith("LINK_SECRET"))
        .anySatisfy(p -> assertThat(p).startsWith("BROKER_PASSWORD"))
        .anySatisfy(p -> assertThat(p).startsWith("OPERATOR_PASSWORD"))
        .anySatisfy(p -> assertThat(p).startsWith("KEYSTORE_PASSWORD"))
        .anySatisfy(p -> assertThat(p).startsWith("BRIEFING_API_KEYS"))
        .anySatisfy(p -> assertThat(p).startsWith("APP_BASE_URL is not https"))
        .anySatisfy(p -> assertThat(p).contains("SMTP_STARTTLS"));
  }

  @Test
  void eachLocalDefaultPasswordIsRefused() {
    for (var local :
        Map.of(
                "db.password", "briefing-local",
                "broker.password", "briefing-local",
                "smtp.password", "briefing-local",
                "operator.password", "operator-local",
                "keystore.password", "briefing-local-keystore",
                "link.secret", "briefing-link-local")
            .entrySet()) {
      Map<String, String> settings = fit();
      settings.put(local.getKey(), local.getValue());
      assertThat(problems(settings)).as(local.getKey()).hasSize(1);
      settings.put(local.getKey(), " ");
      assertThat(problems(settings)).as(local.getKey() + " blank").hasSize(1);
    }
    Map<String, String> anyLocal = fit();
    anyLocal.put("db.password", "my-local");
    assertThat(problems(anyLocal)).hasSize(1);
  }

  @Test
  void theSmtpPasswordCountsOnlyWhenItIsSent() {
    Map<String, String> settings = fit();
    settings.remove("smtp.auth");
    settings.remove("smtp.password");
    assertThat(problems(settings)).isEmpty();
  }

  @Test
  void plainHttpBlankKeysAndPlainSmtpAreRefused() {
    Map<String, String> settings = fit();
    settings.put("app.base.url", "http://briefing.example.org");
    settings.put("briefing.api.keys", " , ");
    settings.put("smtp.starttls", "false");
    assertThat(problems(settings))
        .hasSize(3)
        .noneMatch(p -> p.contains("s3cret") || p.contains("a-long-random-key"));
  }

  /** Readers' link tokens are HMACs of public ids: a short secret could be found from one token. */
  @Test
  void theLinkSecretIsLongEnough() {
    Map<String, String> settings = fit();
    settings.put("link.secret", "short-but-not-local");
    assertThat(problems(settings)).singleElement().asString().startsWith("LINK_SECRET");
  }

  /** The local run allows feeds from this machine; in production that is a way into the network. */
  @Test
  void feedsFromPrivateAddressesAreRefused() {
    Map<String, String> settings = fit();
    settings.put("feeds.allow.private.addresses", " TRUE ");
    assertThat(problems(settings))
        .singleElement()
        .asString()
        .startsWith("FEEDS_ALLOW_PRIVATE_ADDRESSES is true");
    settings.put("feeds.allow.private.addresses", "false");
    assertThat(problems(settings)).isEmpty();
  }
}
