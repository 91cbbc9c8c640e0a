package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.briefing.it.support.Api;
import org.briefing.it.support.ArtemisBroker;
import org.briefing.it.support.BrokerAdmin;
import org.briefing.it.support.Browser;
import org.briefing.it.support.Deployments;
import org.briefing.it.support.Mailbox;
import org.briefing.it.support.TestEnvironment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Artemis web console of the test broker (made by create-instance.sh, as in production) in
 * Debian's headless chromium: the operator sees the pipeline's queues and retries a dead letter
 * through the console's own operation; the viewer sees the same queues but may change nothing.
 * Screenshots go to target/screenshots (console-queues, console-retry, console-viewer).
 */
@ExtendWith(ArquillianExtension.class)
class BrokerConsoleIT {

  private static final List<String> PIPELINE_QUEUES =
      List.of(
          "briefing.articles",
          "briefing.ledger",
          "briefing.alerts",
          "briefing.mail",
          "DLQ.briefing.articles",
          "DLQ.briefing.ledger",
          "DLQ.briefing.alerts",
          "DLQ.briefing.mail",
          "ExpiryQueue");
  private static final String MAIL = "briefing.mail";
  private static final String MAIL_DEAD_LETTERS = "DLQ.briefing.mail";
  private static final String RETRY = "retryMessages()";

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  private final Api api = Api.local();
  private final BrokerAdmin broker = BrokerAdmin.local();
  private final GreenMail smtp = TestEnvironment.mail();
  private final ArtemisBroker artemis = TestEnvironment.broker();
  private WebDriver browser;
  private WebDriverWait wait;

  @BeforeEach
  void openBrowser() {
    artemis.awaitConsole();
    browser = Browser.open(1500, 1100);
    wait = new WebDriverWait(browser, Duration.ofSeconds(90));
  }

  @AfterEach
  void closeBrowserAndBringSmtpBack() {
    browser.quit();
    if (!smtp.isRunning()) {
      smtp.start();
    }
  }

  @Test
  void theOperatorSeesThePipelineQueuesAndRetriesADeadLetterInTheConsole() {
    // A confirmation email that could not be sent: SMTP down for all ten attempts.
    String reader = "console-" + Articles.marker() + "@example.org";
    long deadBefore = broker.messageCount(MAIL_DEAD_LETTERS);
    smtp.stop();
    subscribe(reader);
    await("the confirmation email dead-lettered")
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> broker.messageCount(MAIL_DEAD_LETTERS) - deadBefore == 1);
    smtp.start();
    assertThat(Mailbox.to(reader)).isEmpty();

    logIn("operator", "operator-local");
    openQueues();
    for (String queue : PIPELINE_QUEUES) {
      assertThat(queueRow(queue).isDisplayed()).as(queue).isTrue();
    }
    assertThat(messageCountShown(MAIL_DEAD_LETTERS)).isGreaterThanOrEqualTo(1);
    Browser.screenshot(browser, "console-queues");

    openOperations(MAIL_DEAD_LETTERS);
    WebElement execute = executeButton(RETRY);
    assertThat(execute.isEnabled()).isTrue();
    execute.click();
    WebElement result =
        wait.until(
            ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//section[@id='operation-result-" + RETRY + "']//input")));
    scrollIntoView(result);
    Browser.screenshot(browser, "console-retry");
    assertThat(Long.parseLong(result.getAttribute("value"))).isGreaterThanOrEqualTo(1);

    // Back on briefing.mail, the mail sender sends it: the dead-letter queue is empty and the
    // confirmation arrives, once.
    await("the dead-letter queue emptied by the retry")
        .atMost(Duration.ofSeconds(10))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> broker.messageCount(MAIL_DEAD_LETTERS) == 0);
    assertThat(Mailbox.awaitMessages(reader, 1)).hasSize(1);
    await("no second email")
        .during(Duration.ofSeconds(2))
        .atMost(Duration.ofSeconds(5))
        .until(() -> broker.messageCount(MAIL) == 0 && Mailbox.to(reader).size() == 1);
  }

  @Test
  void theViewerSeesTheQueuesButMayNotChangeThem() throws Exception {
    logIn("viewer", "viewer-local");
    openQueues();
    for (String queue : PIPELINE_QUEUES) {
      assertThat(queueRow(queue).isDisplayed()).as(queue).isTrue();
    }
    // In the console: the operation is listed, but its Execute button is disabled for the viewer
    // (the console asks the broker which operations this user may invoke; management.xml).
    openOperations(MAIL_DEAD_LETTERS);
    WebElement execute = executeButton(RETRY);
    scrollIntoView(execute);
    Browser.screenshot(browser, "console-viewer");
    assertThat(execute.isEnabled()).isFalse();

    // The console only hides what the broker refuses anyway: the same operation sent straight to
    // Jolokia, with the viewer's credentials and the console's own Origin, is refused, while a read
    // is answered.
    String queue =
        "org.apache.activemq.artemis:broker=\"briefing-broker\",component=addresses,"
            + "address=\"DLA\",subcomponent=queues,routing-type=\"anycast\","
            + "queue=\""
            + MAIL_DEAD_LETTERS
            + "\"";
    JsonObject retry =
        jolokia(
            "viewer",
            "viewer-local",
            Json.createObjectBuilder()
                .add("type", "exec")
                .add("mbean", queue)
                .add("operation", RETRY)
                .build());
    assertThat(retry.getInt("status")).as(retry.toString()).isEqualTo(403);
    assertThat(retry.getString("error")).contains("not authorized");
    JsonObject read =
        jolokia(
            "viewer",
            "viewer-local",
            Json.createObjectBuilder()
                .add("type", "read")
                .add("mbean", queue)
                .add("attribute", "MessageCount")
                .build());
    assertThat(read.getInt("status")).as(read.toString()).isEqualTo(200);
  }

  private void subscribe(String reader) {
    String json =
        Json.createObjectBuilder()
            .add("email", reader)
            .add("topics", Json.createArrayBuilder().add("rare-earths"))
            .add("frequency", "daily")
            .build()
            .toString();
    assertThat(api.postJson("/api/subscriptions", json).statusCode()).isEqualTo(202);
  }

  private void logIn(String user, String password) {
    browser.get(artemis.consoleUrl() + "/");
    wait.until(ExpectedConditions.elementToBeClickable(By.id("pf-login-username-id")))
        .sendKeys(user);
    browser.findElement(By.id("pf-login-password-id")).sendKeys(password);
    browser.findElement(By.cssSelector("button[type=submit]")).click();
    // The console then loads its plugins through Jolokia: seconds, more on a busy machine.
    try {
      wait.until(
              ExpectedConditions.elementToBeClickable(
                  By.xpath("//nav[@aria-label='Global']//a[normalize-space()='Artemis']")))
          .click();
    } catch (TimeoutException e) {
      Browser.screenshot(browser, "console-login-failed");
      throw new AssertionError(
          user + " not in the console; at " + browser.getCurrentUrl() + " (screenshot saved)", e);
    }
  }

  private void openQueues() {
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("button[role=tab][aria-label=queues]")))
        .click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(rowOf(PIPELINE_QUEUES.get(0))));
  }

  private WebElement queueRow(String queue) {
    return wait.until(ExpectedConditions.visibilityOfElementLocated(rowOf(queue)));
  }

  private static By rowOf(String queue) {
    return By.xpath("//tr[td[2][normalize-space()='" + queue + "']]");
  }

  /** The queue list's Message Count column (the tenth). */
  private long messageCountShown(String queue) {
    return Long.parseLong(queueRow(queue).findElement(By.xpath("td[10]")).getText().trim());
  }

  /** The row's menu → Operations: the queue's JMX operations in a dialog. */
  private void openOperations(String queue) {
    queueRow(queue).findElement(By.xpath(".//button[@aria-label='Kebab toggle']")).click();
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.xpath("//button[.//*[normalize-space()='Operations']]")))
        .click();
    WebElement details =
        wait.until(
            ExpectedConditions.presenceOfElementLocated(
                By.xpath(
                    "//li[@aria-labelledby='operation "
                        + RETRY
                        + "']//button[@aria-label='Details']")));
    scrollIntoView(details);
    details.click();
  }

  private WebElement executeButton(String operation) {
    return wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.xpath(
                "//section[@id='operation-execute-"
                    + operation
                    + "']//button[normalize-space()='Execute']")));
  }

  private void scrollIntoView(WebElement element) {
    ((JavascriptExecutor) browser)
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  /** A request to the console's Jolokia endpoint, as the console itself sends it. */
  private JsonObject jolokia(String user, String password, JsonObject request)
      throws IOException, InterruptedException {
    URI console = URI.create(artemis.consoleUrl());
    String origin = console.getScheme() + "://" + console.getAuthority();
    String basic =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(artemis.consoleUrl() + "/jolokia/"))
                    .header("Authorization", "Basic " + basic)
                    .header("Origin", origin)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(request.toString()))
                    .timeout(Duration.ofSeconds(10))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.createReader(new StringReader(response.body())).readObject();
  }
}
