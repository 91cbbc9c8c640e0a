package org.briefing.subscriptions.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.briefing.web.control.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Which email addresses a subscription takes, and in which form it keeps them. */
class SubscriptionAddressTest {

  @Test
  void internationalisedDomainsAreKeptInTheirAsciiForm() {
    assertThat(Subscriptions.address("reader@bücher.de")).isEqualTo("reader@xn--bcher-kva.de");
    assertThat(Subscriptions.address("Reader@Example.ORG")).isEqualTo("Reader@example.org");
  }

  @Test
  void mailboxNamesOutsideAsciiAndOddFormsAreRefused() {
    for (String address :
        new String[] {
          "pelé@example.org",
          "reader@[127.0.0.1]",
          "reader@ex\u200Bample.org",
          "Reader <reader@example.org>",
          "reader@example.org\r\nBcc: x@example.net",
        }) {
      assertThatThrownBy(() -> Subscriptions.address(address))
          .as(address)
          .isInstanceOf(InvalidInputException.class)
          .hasMessageContaining("must");
    }
  }

  @Test
  void theLimitPerAddressCountsOneInboxOnce() {
    assertThat(Subscriptions.mailbox("Reader+1@Example.org")).isEqualTo("reader@example.org");
    assertThat(Subscriptions.mailbox("reader+a+b@example.org")).isEqualTo("reader@example.org");
    assertThat(Subscriptions.mailbox("reader@example.org")).isEqualTo("reader@example.org");
    assertThat(Subscriptions.mailbox("+tag@example.org")).isEqualTo("+tag@example.org");
  }
}
