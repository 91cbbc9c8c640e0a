package org.briefing.mail.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.briefing.platform.control.JsonMapper;
import org.junit.jupiter.api.Test;

class MailMessageTest {

  @Test
  void aCompleteEmailSurvivesTheQueueAsJson() {
    MailMessage mail =
        MailMessage.complete(
            "confirm-1", "confirmation", "a@example.org", "Confirm", "text", "<p>html</p>", null);

    MailMessage read = JsonMapper.read(JsonMapper.write(mail), MailMessage.class);

    assertThat(read).isEqualTo(mail);
    assertThat(read.bodyId()).isNull();
    assertThat(read.fill()).isEmpty();
  }

  @Test
  void anEmailWithAStoredBodyCarriesOnlyItsReferenceAndTheRecipientsValues() {
    MailMessage mail =
        MailMessage.ofStoredBody(
            "digest-1",
            "digest",
            "a@example.org",
            "Daily briefing",
            Map.of("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            "ab12",
            Map.of("token", "tok-en_1"));

    String json = JsonMapper.write(mail);
    MailMessage read = JsonMapper.read(json, MailMessage.class);

    assertThat(read).isEqualTo(mail);
    assertThat(json).doesNotContain("\"text\"").doesNotContain("\"html\"");
  }

  @Test
  void theRecipientsValuesGoIntoEverySlotOfBothParts() {
    String slot = MailBody.slot("token");
    MailBody body =
        new MailBody(
            "ab12",
            "Unsubscribe: https://x/u?token=" + slot + "\nPrefs: https://x/p?token=" + slot,
            "<a href=\"https://x/u?token=" + slot + "\">u</a>",
            Instant.EPOCH);
    MailMessage mail =
        MailMessage.ofStoredBody(
            "digest-1",
            "digest",
            "a@example.org",
            "Daily briefing",
            Map.of(),
            "ab12",
            Map.of("token", "tok-en_1"));

    MailMessage complete = mail.withBody(body);

    assertThat(complete.text())
        .isEqualTo("Unsubscribe: https://x/u?token=tok-en_1\nPrefs: https://x/p?token=tok-en_1");
    assertThat(complete.html()).isEqualTo("<a href=\"https://x/u?token=tok-en_1\">u</a>");
    assertThat(complete.bodyId()).isNull();
    assertThat(complete.subject()).isEqualTo("Daily briefing");
  }

  @Test
  void textThatLooksLikeAPlaceholderIsLeftAsItIs() {
    MailBody body =
        new MailBody(
            "ab12",
            "https://evil.example/r?t=TOKEN.PLACEHOLDER token {token} "
                + "https://x/u?token="
                + MailBody.slot("token"),
            null,
            Instant.EPOCH);
    MailMessage mail =
        MailMessage.ofStoredBody(
            "digest-1",
            "digest",
            "a@example.org",
            "Daily",
            Map.of(),
            "ab12",
            Map.of("token", "tok-en_1", "TOKEN.PLACEHOLDER", "tok-en_1"));

    assertThat(mail.withBody(body).text())
        .isEqualTo(
            "https://evil.example/r?t=TOKEN.PLACEHOLDER token {token} https://x/u?token=tok-en_1");
  }
}
