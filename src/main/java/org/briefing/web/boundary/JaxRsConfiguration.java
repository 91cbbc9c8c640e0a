package org.briefing.web.boundary;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * All REST resources live under {@code /api}. What {@code /openapi} says about the API as a whole
 * is annotated here; the UI is at {@code /openapi/ui}.
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Briefing Gateway API",
            version = "0.1",
            description =
                "Post news articles; they are classified (topics, actors, people, events on"
                    + " critical-minerals diplomacy) and reach subscribers in email briefings."
                    + " Errors are application/problem+json (RFC 9457). Operations: /health/ready,"
                    + " /health/live, /metrics (Prometheus text).",
            license =
                @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
    tags = {
      @Tag(name = "articles", description = "Posting articles and reading them back"),
      @Tag(name = "subscriptions", description = "Double opt-in subscriptions"),
      @Tag(name = "feeds", description = "RSS and Atom feeds polled into the intake (operators)"),
      @Tag(name = "operations", description = "Operator endpoints")
    })
@SecuritySchemes({
  @SecurityScheme(
      securitySchemeName = "apiKey",
      type = SecuritySchemeType.APIKEY,
      in = SecuritySchemeIn.HEADER,
      apiKeyName = "X-API-Key",
      description = "For POST /api/articles when keys are configured (or Authorization: Bearer)"),
  @SecurityScheme(
      securitySchemeName = "operator",
      type = SecuritySchemeType.HTTP,
      scheme = "basic",
      description = "An operator's user and password")
})
@ApplicationPath("api")
public class JaxRsConfiguration extends Application {}
