package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.briefing.it.support.Api;
import org.briefing.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The API's own description and its UI, as a new client developer finds them. */
@ExtendWith(ArquillianExtension.class)
class OpenApiIT {

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  private final Api api = Api.local();

  @Test
  void everyEndpointIsDescribedWithExamples() {
    HttpResponse<String> openapi = api.get("/openapi");
    assertThat(openapi.statusCode()).isEqualTo(200);
    assertThat(openapi.body())
        .contains("title: Briefing Gateway API")
        .contains("/api/articles:", "/api/articles/{id}:", "/api/subscriptions:")
        .contains("/api/subscriptions/confirm:", "/api/subscriptions/unsubscribe:")
        .contains("/api/digests/run:")
        .contains("/api/feeds:", "/api/feeds/{id}:", "/api/feeds/{id}/poll:")
        .contains("summary: Register a feed")
        .contains("/api/atom/briefings:", "/api/atom/topics/{topic}:", "application/atom+xml")
        .contains("summary: Post an article", "summary: Run a round of digests now")
        .contains("X-API-Key", "scheme: basic")
        .contains("application/problem+json")
        .contains("duplicate: true");
  }

  @Test
  void theUiIsServed() {
    HttpResponse<String> ui = api.get("/openapi/ui/");
    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.body()).containsIgnoringCase("<html");
  }
}
