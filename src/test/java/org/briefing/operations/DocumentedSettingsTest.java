package org.briefing.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.briefing.feeds.boundary.FeedRegistration;
import org.briefing.feeds.control.FeedEntries;
import org.briefing.feeds.control.FeedFetcher;
import org.briefing.web.control.BoundedJson;
import org.junit.jupiter.api.Test;

/** What the docs and the Dockerfile tell an operator agrees with what the code does. */
class DocumentedSettingsTest {

  @Test
  void theDocsStateTheJsonDepthTheCodeEnforces() throws Exception {
    assertThat(Files.readString(Path.of("docs/api.md")))
        .contains("at most " + BoundedJson.MAX_DEPTH + " levels deep")
        .doesNotContain("at most 32 levels");
    assertThat(Files.readString(Path.of("docs/security.md")))
        .contains("deeper than " + BoundedJson.MAX_DEPTH + " levels");
  }

  @Test
  void theImageNamesTheApiKeysVariableAndRunsInProductionMode() throws Exception {
    String dockerfile = Files.readString(Path.of("Dockerfile"));
    assertThat(dockerfile)
        .contains("BRIEFING_API_KEYS")
        .contains("LINK_SECRET")
        .doesNotContainPattern("[^_]API_KEYS")
        .contains("BRIEFING_ENV=production");
  }

  @Test
  void theImageRunsTheLibertyVersionTheBuildUsesOnAJava17Tag() throws Exception {
    String pom = Files.readString(Path.of("pom.xml"));
    int from = pom.indexOf("<liberty.runtime.version>") + "<liberty.runtime.version>".length();
    String version = pom.substring(from, pom.indexOf("</liberty.runtime.version>"));
    assertThat(Files.readString(Path.of("Dockerfile")))
        .contains(
            "FROM icr.io/appcafe/open-liberty:" + version + "-kernel-slim-java17-openj9-ubi\n")
        .contains("COPY --from=build");
  }

  @Test
  void thePublicTopicFeedsAreOffByDefaultAndDocumented() throws Exception {
    assertThat(Files.readString(Path.of("server-config/liberty/server.xml")))
        .contains("<variable name=\"public.topic.feeds\" defaultValue=\"false\"/>");
    assertThat(Files.readString(Path.of("docs/api.md")))
        .contains("`PUBLIC_TOPIC_FEEDS=true`", "GET /api/atom/briefings?token=");
    assertThat(Files.readString(Path.of("docs/security.md"))).contains("`PUBLIC_TOPIC_FEEDS=true`");
    assertThat(Files.readString(Path.of("README.md")))
        .contains("| `PUBLIC_TOPIC_FEEDS` | `false` |");
  }

  @Test
  void theDocsStateTheFeedLimitsTheCodeEnforces() throws Exception {
    String security = Files.readString(Path.of("docs/security.md"));
    assertThat(security)
        .contains("FEEDS_ALLOW_PRIVATE_ADDRESSES")
        .contains("at most " + FeedFetcher.MAX_REDIRECTS + ", each target checked")
        .contains("At most " + FeedFetcher.MAX_BYTES / (1024 * 1024) + " MiB a document")
        .contains(FeedFetcher.CONNECT_TIMEOUT.toSeconds() + " s to connect")
        .contains(FeedFetcher.TOTAL_TIMEOUT.toSeconds() + " s for the whole exchange");
    assertThat(Files.readString(Path.of("docs/api.md")))
        .contains(
            "`pollMinutes` is "
                + FeedRegistration.MIN_POLL_MINUTES
                + " to "
                + FeedRegistration.MAX_POLL_MINUTES
                + ", default "
                + FeedRegistration.DEFAULT_POLL_MINUTES)
        .contains("At most " + FeedEntries.MAX_ENTRIES + " entries are read from one document");
    assertThat(Files.readString(Path.of("README.md"))).contains("`FEEDS_ALLOW_PRIVATE_ADDRESSES`");
    assertThat(Files.readString(Path.of("server-config/liberty/server.xml")))
        .contains("<variable name=\"feeds.allow.private.addresses\" defaultValue=\"false\"/>");
  }
}
