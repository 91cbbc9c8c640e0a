package org.briefing.mail.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.briefing.pipeline.control.JsonMapper;
import org.junit.jupiter.api.Test;

class MailMessageTest {

  @Test
  void aCompleteEmailSurvivesTheQueueAsJson() {
    MailMessage mail =
        MailMessage.complete(
            "confirm-1",
            "confirmation",
            "a@example.org",
            "Confirm",
            "text",
            "<p>html</p>",
            null,
            "0d9a7c51-55c6-4b5e-9d4e-0a4c5b8f1e23",
            1_700_000_000_000L);

    MailMessage read = JsonMapper.read(JsonMapper.write(mail), MailMessage.class);

    assertThat(read).isEqualTo(mail);
    assertThat(read.bodyId()).isNull();
    assertThat(read.fill()).isEmpty();
  }

  @Test
  void anEmailWithAStoredBodyCarriesOnlyItsReferenceAndTheReader() {
    MailMessage mail =
        MailMessage.ofStoredBody(
            "digest-1",
            "digest",
            "a@example.org",
            "Daily briefing",
            Map.of("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            "ab12",
            "0d9a7c51-55c6-4b5e-9d4e-0a4c5b8f1e23");

    String json = JsonMapper.write(mail);
    MailMessage read = JsonMapper.read(json, MailMessage.class);

    assertThat(read).isEqualTo(mail);
    assertThat(json).doesNotContain("\"text\"").doesNotContain("\"html\"");
    assertThat(read.reader()).isEqualTo("0d9a7c51-55c6-4b5e-9d4e-0a4c5b8f1e23");
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
            Map.of("List-Unsubscribe", "<https://x/u?token=" + slot + ">"),
            "ab12",
            "0d9a7c51-55c6-4b5e-9d4e-0a4c5b8f1e23");

    MailMessage complete = mail.withBody(body).filled(Map.of("token", "tok-en_1"));

    assertThat(complete.text())
        .isEqualTo("Unsubscribe: https://x/u?token=tok-en_1\nPrefs: https://x/p?token=tok-en_1");
    assertThat(complete.html()).isEqualTo("<a href=\"https://x/u?token=tok-en_1\">u</a>");
    assertThat(complete.bodyId()).isNull();
    assertThat(complete.subject()).isEqualTo("Daily briefing");
    assertThat(complete.headers())
        .containsEntry("List-Unsubscribe", "<https://x/u?token=tok-en_1>");
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
            "0d9a7c51-55c6-4b5e-9d4e-0a4c5b8f1e23");

    assertThat(
            mail.withBody(body)
                .filled(Map.of("token", "tok-en_1", "TOKEN.PLACEHOLDER", "tok-en_1"))
                .text())
        .isEqualTo(
            "https://evil.example/r?t=TOKEN.PLACEHOLDER token {token} https://x/u?token=tok-en_1");
  }

  /** A message queued before tokens were derived carries its reader's token, and keeps it. */
  @Test
  void aMessageQueuedBeforeTheUpgradeStillFillsItsSlots() {
    String queued =
        "{\"id\":\"digest-1\",\"kind\":\"digest\",\"to\":\"a@example.org\",\"subject\":\"D\","
            + "\"headers\":{},\"bodyId\":\"ab12\",\"fill\":{\"token\":\"old-token\"}}";
    MailMessage mail = JsonMapper.read(queued, MailMessage.class);
    MailBody body = new MailBody("ab12", "p?token=" + MailBody.slot("token"), null, Instant.EPOCH);

    assertThat(mail.withBody(body).filled(Map.of()).text()).isEqualTo("p?token=old-token");
  }
}
