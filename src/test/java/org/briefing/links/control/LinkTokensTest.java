package org.briefing.links.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LinkTokensTest {

  private static final String ID = "0d9a7c51-55c6-4b5e-9d4e-0a4c5b8f1e23";
  private static final String OTHER = "7f3e2a10-8b1c-4d2e-a3f4-5b6c7d8e9f01";
  private static final Instant UNTIL = Instant.parse("2026-03-01T10:15:30.123Z");

  private final LinkTokens tokens = new LinkTokens("a-secret-of-thirty-two-or-more-characters");

  @Test
  void aManageTokenNamesItsSubscriptionAndOnlyTheServerMakesOne() {
    String token = tokens.manage(ID);

    assertThat(token).hasSize(LinkTokens.LENGTH).matches("[A-Za-z0-9_-]+");
    assertThat(tokens.manage(ID)).isEqualTo(token);
    assertThat(LinkTokens.subscriptionOf(token)).contains(ID);
    assertThat(tokens.isManage(token, ID)).isTrue();
    assertThat(tokens.isManage(tokens.manage(OTHER), ID)).isFalse();
    assertThat(new LinkTokens("another-secret-of-thirty-two-characters").isManage(token, ID))
        .isFalse();
    char last = token.charAt(token.length() - 1);
    String tampered = token.substring(0, token.length() - 1) + (last == 'A' ? 'B' : 'A');
    assertThat(tokens.isManage(tampered, ID)).isFalse();
  }

  @Test
  void aConfirmationTokenIsForOneLinkAndNoManageToken() {
    String token = tokens.confirm(ID, UNTIL);

    assertThat(tokens.isConfirm(token, ID, UNTIL)).isTrue();
    assertThat(tokens.isConfirm(token, ID, UNTIL.plusMillis(1))).isFalse(); // a newer link
    assertThat(tokens.isConfirm(token, ID, null)).isFalse();
    assertThat(tokens.isManage(token, ID)).isFalse();
    assertThat(tokens.isConfirm(tokens.manage(ID), ID, UNTIL)).isFalse();
  }

  @Test
  void aFeedTokenOpensItsGenerationsFeedOnly() {
    String token = tokens.feed(ID, 0);

    assertThat(token).hasSize(LinkTokens.LENGTH).matches("[A-Za-z0-9_-]+");
    assertThat(LinkTokens.subscriptionOf(token)).contains(ID);
    assertThat(tokens.isFeed(token, ID, 0)).isTrue();
    assertThat(tokens.isFeed(token, ID, 1)).as("the link was reset").isFalse();
    assertThat(tokens.isFeed(tokens.feed(ID, 1), ID, 1)).isTrue();
    assertThat(tokens.isFeed(tokens.feed(OTHER, 0), ID, 0)).isFalse();
    assertThat(tokens.isManage(token, ID)).as("a shared feed link opens no preferences").isFalse();
    assertThat(tokens.isFeed(tokens.manage(ID), ID, 0)).isFalse();
    assertThat(new LinkTokens("another-secret-of-thirty-two-characters").isFeed(token, ID, 0))
        .isFalse();
  }

  @Test
  void anythingElseNamesNoSubscription() {
    assertThat(LinkTokens.subscriptionOf(null)).isEmpty();
    assertThat(LinkTokens.subscriptionOf("short")).isEmpty();
    assertThat(LinkTokens.subscriptionOf("x".repeat(63) + "=")).isEmpty();
    assertThat(LinkTokens.subscriptionOf("A".repeat(64))).isPresent(); // then its MAC fails
  }
}
