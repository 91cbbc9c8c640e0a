package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.briefing.digest.control.ChangeLine;
import org.briefing.digest.control.DigestArticle;
import org.briefing.digest.control.DigestComposer;
import org.briefing.it.support.Api;
import org.briefing.it.support.Browser;
import org.briefing.it.support.Deployments;
import org.briefing.it.support.Mailbox;
import org.briefing.it.support.Readers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The subscriber's pages in a real browser: subscribe, confirm, change preferences, pause, leave.
 */
@ExtendWith(ArquillianExtension.class)
class SubscriberPagesIT {

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  private final Api api = Api.local();
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    browser = Browser.open();
    wait = new WebDriverWait(browser, Duration.ofSeconds(20));
  }

  @AfterEach
  void closeBrowser() {
    browser.quit();
  }

  @Test
  void aReaderSubscribesConfirmsChangesTheirChoicesPausesAndLeaves() {
    String email = "reader-" + Articles.marker() + "@example.org";
    browser.get(api.uri("/subscribe.html").toString());
    browser.findElement(By.id("email")).sendKeys(email);
    // the topics come from the server's list
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("input[name=topics][value=lithium]")))
        .click();
    browser.findElement(By.cssSelector("input[name=frequency][value=daily]")).click();
    Browser.screenshot(browser, "subscribe");
    browser.findElement(By.id("submit")).click();
    WebElement result =
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#result.ok")));
    assertThat(result.getText()).startsWith("Check your inbox");

    MimeMessage confirmation = Mailbox.awaitMessages(email, 1).get(0);
    String link = Readers.confirmationLink(confirmation);
    browser.get(link); // the page posts its form itself
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Subscription confirmed"));

    browser.findElement(By.linkText("Change your preferences")).click();
    assertThat(
            browser.findElement(By.cssSelector("input[name=topics][value=lithium]")).isSelected())
        .isTrue();
    assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("confirmed");
    browser.findElement(By.cssSelector("input[name=topics][value=cobalt]")).click();
    browser.findElement(By.cssSelector("input[name=frequency][value=weekly]")).click();
    WebElement actors = browser.findElement(By.id("actors"));
    actors.clear();
    actors.sendKeys("cd, RW");
    browser.findElement(By.id("save")).click();
    wait.until(ExpectedConditions.textToBe(By.id("notice"), "Saved."));
    Browser.screenshot(browser, "preferences");
    assertThat(
            browser.findElement(By.cssSelector("input[name=frequency][value=weekly]")).isSelected())
        .isTrue();
    assertThat(browser.findElement(By.cssSelector("input[name=topics][value=cobalt]")).isSelected())
        .isTrue();
    assertThat(browser.findElement(By.id("actors")).getAttribute("value")).isEqualTo("CD, RW");

    browser.findElement(By.id("pause")).click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "paused"));
    browser.findElement(By.id("resume")).click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "confirmed"));

    browser.findElement(By.id("unsubscribe")).click();
    browser.findElement(By.tagName("button")).click();
    wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Unsubscribed"));
  }

  @Test
  void aDigestRendersInTheBrowser() throws IOException {
    // The real templates, rendered with a sample briefing, as a mail client on a wide screen shows
    // it.
    DigestComposer.Composed digest =
        new DigestComposer()
            .compose(
                "daily",
                ZoneId.of("Europe/Kyiv"),
                Instant.parse("2025-02-26T05:00:00Z"),
                List.of(
                    new ChangeLine(
                        "c1",
                        Instant.parse("2025-02-25T09:00:00Z"),
                        Instant.parse("2025-02-25T09:05:00Z"),
                        "RU",
                        "US",
                        "rare-earths",
                        "accuse",
                        "offer-cooperation",
                        "turn",
                        "Turn to cooperation: from accuse to offer-cooperation (RU → US:"
                            + " offer-cooperation on rare-earths)",
                        "Putin stated he was prepared to \"offer\" resources to American partners"
                            + " in potential joint initiatives.",
                        List.of(
                            new ChangeLine.Source(
                                "a1",
                                "Putin Extends Offer for Rare Mineral Collaboration with the US",
                                "https://example.org/a1",
                                "Example Wire"),
                            new ChangeLine.Source(
                                "a2",
                                "Kremlin offers US rare earths",
                                "https://example.org/a2",
                                "Other Wire")))),
                List.of(
                    new DigestArticle(
                        "a1",
                        "Putin Extends Offer for Rare Mineral Collaboration with the US",
                        "https://example.org/a1",
                        "Example Wire",
                        Instant.parse("2025-02-25T09:00:00Z"),
                        Instant.parse("2025-02-25T09:05:00Z"),
                        0.95,
                        List.of("rare-earths", "aluminium", "minerals-deal"),
                        List.of("RU", "US", "UA", "EU"),
                        List.of(
                            "RU → US: offer-cooperation (rare-earths)",
                            "US → UA: demand (critical-minerals-general)",
                            "RU → US: accuse, earlier")),
                    new DigestArticle(
                        "a3",
                        "Ukraine says minerals deal with US near conclusion",
                        "https://example.org/a3",
                        "Third Wire",
                        Instant.parse("2025-02-24T15:00:00Z"),
                        Instant.parse("2025-02-24T15:02:00Z"),
                        0.9,
                        List.of("critical-minerals-general", "minerals-deal"),
                        List.of("UA", "US"),
                        List.of("UA → US: negotiate (minerals-deal)"))),
                new DigestComposer.Links(
                    "https://briefing.example/api/articles/",
                    "https://briefing.example/api/subscriptions/unsubscribe?token=x",
                    "https://briefing.example/api/subscriptions/preferences?token=x"));
    Path html = Path.of("target/screenshots/digest.html");
    Files.createDirectories(html.getParent());
    Files.writeString(html, digest.html());
    browser.get(html.toAbsolutePath().toUri().toString());
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Daily briefing");
    assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("What changed (1)");
    assertThat(Browser.screenshot(browser, "digest")).exists();
  }
}
