package org.briefing.readerfeeds.control;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReaderFeedsTest {

  /** The id stays through resets of the link and does not spell out the subscription's id. */
  @Test
  void aReadersFeedIdIsStableAndHidesTheSubscription() {
    String id = "0d9a7c51-55c6-4b5e-9d4e-0a4c5b8f1e23";
    assertThat(ReaderFeeds.feedId(id))
        .isEqualTo(ReaderFeeds.feedId(id))
        .startsWith("tag:briefing-gateway,2025:briefings:")
        .doesNotContain(id)
        .isNotEqualTo(ReaderFeeds.feedId("7f3e2a10-8b1c-4d2e-a3f4-5b6c7d8e9f01"));
  }
}
