package org.briefing.web.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

  @Test
  void noKeysConfiguredMeansOpen() {
    assertThat(ApiKeys.parse(null).open()).isTrue();
    assertThat(ApiKeys.parse(" , ").open()).isTrue();
  }

  @Test
  void acceptsEachConfiguredKeyAndNothingElse() {
    ApiKeys keys = ApiKeys.parse("alpha-key, beta-key");
    assertThat(keys.open()).isFalse();
    assertThat(keys.accepts("alpha-key")).isTrue();
    assertThat(keys.accepts("beta-key")).isTrue();
    assertThat(keys.accepts("alpha")).isFalse();
    assertThat(keys.accepts("alpha-key ")).isFalse();
    assertThat(keys.accepts("")).isFalse();
    assertThat(keys.accepts(null)).isFalse();
  }

  @Test
  void aRemovedKeyIsRevoked() {
    assertThat(ApiKeys.parse("beta-key").accepts("alpha-key")).isFalse();
  }
}
