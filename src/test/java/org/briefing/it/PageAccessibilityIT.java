package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import jakarta.json.Json;
import java.time.Duration;
import org.briefing.it.support.Api;
import org.briefing.it.support.Browser;
import org.briefing.it.support.Deployments;
import org.briefing.it.support.Readers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The reader's pages at desktop and phone width: axe-core finds no accessibility violation, nothing
 * is wider than the screen, and a mistake is told beside its field, marked invalid and focused.
 */
@ExtendWith(ArquillianExtension.class)
class PageAccessibilityIT {

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  private final Api api = Api.local();

  @ParameterizedTest(name = "{0} px wide")
  @ValueSource(ints = {1100, 390})
  void theSubscribeAndPreferencesPagesAreAccessible(int width) {
    WebDriver browser = Browser.open(width, 900);
    try {
      var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
      browser.get(api.uri("/subscribe.html").toString());
      wait.until(
          ExpectedConditions.elementToBeClickable(
              By.cssSelector("input[name=topics][value=lithium]")));
      assertAccessible(browser, "subscribe page");
      Browser.screenshot(browser, "subscribe-" + width);

      browser.findElement(By.id("email")).sendKeys("not an address");
      browser.findElement(By.id("actors")).sendKeys("Narnia");
      browser.findElement(By.id("submit")).click();
      wait.until(
          ExpectedConditions.textToBePresentInElementLocated(By.id("actors-error"), "Narnia"));
      assertThat(browser.findElement(By.id("email")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(browser.findElement(By.id("actors")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("email");
      assertAccessible(browser, "subscribe page with mistakes");

      browser.get(preferencesLink(width));
      assertAccessible(browser, "preferences page");
      Browser.screenshot(browser, "preferences-" + width);
      var actors = browser.findElement(By.id("actors"));
      actors.clear();
      actors.sendKeys("Narnia");
      browser.findElement(By.id("save")).click();
      wait.until(ExpectedConditions.presenceOfElementLocated(By.id("actors-error")));
      assertThat(browser.findElement(By.id("actors")).getAttribute("aria-invalid"))
          .isEqualTo("true");
      assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("actors");
      assertAccessible(browser, "preferences page with a mistake");
      Browser.screenshot(browser, "preferences-mistake-" + width);
    } finally {
      browser.quit();
    }
  }

  private static void assertAccessible(WebDriver browser, String page) {
    Results results = new AxeBuilder().analyze(browser);
    assertThat(results.getViolations())
        .as(
            "%s: %s",
            page,
            results.getViolations().stream()
                .map(r -> r.getId() + " (" + r.getHelp() + ")")
                .toList())
        .extracting(Rule::getId)
        .isEmpty();
    long overflow =
        (Long)
            ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth;");
    assertThat(overflow)
        .as("%s: wider than the screen by %d px", page, overflow)
        .isLessThanOrEqualTo(0);
  }

  /** A confirmed reader's preferences page. */
  private String preferencesLink(int width) {
    String reader = "a11y-" + width + "-" + System.nanoTime() + "@example.org";
    String request =
        Json.createObjectBuilder()
            .add("email", reader)
            .add("topics", Json.createArrayBuilder().add("lithium"))
            .add("frequency", "daily")
            .build()
            .toString();
    assertThat(api.postJson("/api/subscriptions", request).statusCode()).isEqualTo(202);
    return api.uri("/api/subscriptions/preferences?token=" + Readers.confirm(api, reader))
        .toString();
  }
}
