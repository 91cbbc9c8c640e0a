package org.briefing.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A reader's side of subscribing: the links in their emails, and confirming. */
public final class Readers {

  private static final Pattern CONFIRM_LINK =
      Pattern.compile("(http\\S+/api/subscriptions/confirm\\?token=[A-Za-z0-9_-]+)");

  /** The preferences link on a page, as HTML writes it. */
  private static final Pattern MANAGE_TOKEN =
      Pattern.compile("preferences\\?token&#61;([A-Za-z0-9_-]+)");

  /** The private feed link on the preferences page, as HTML writes it. */
  private static final Pattern FEED_LINK =
      Pattern.compile("id=\"feed-url\" readonly value=\"([^\"]+)\"");

  private Readers() {}

  /** The reader's private feed link, from their preferences page. */
  public static String feedLink(String preferencesPage) {
    Matcher link = FEED_LINK.matcher(preferencesPage);
    assertThat(link.find()).as("a feed link on %s", preferencesPage).isTrue();
    return link.group(1).replace("&#61;", "=").replace("&amp;", "&");
  }

  /** The confirmation link in an email. */
  public static String confirmationLink(MimeMessage email) {
    Matcher link = CONFIRM_LINK.matcher(Mailbox.part(email, "text/plain").orElseThrow());
    assertThat(link.find()).as("a confirmation link in %s", Mailbox.subject(email)).isTrue();
    return link.group(1);
  }

  /**
   * Confirms the reader's first email's link, as the confirmation page does in a browser; the
   * manage token that the confirmed page links to.
   */
  public static String confirm(Api api, String reader) {
    String page = api.confirm(confirmationLink(Mailbox.awaitMessages(reader, 1).get(0))).body();
    Matcher token = MANAGE_TOKEN.matcher(page);
    assertThat(token.find()).as(page).isTrue();
    return token.group(1);
  }
}
