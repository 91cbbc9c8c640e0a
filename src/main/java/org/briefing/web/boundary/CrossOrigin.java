package org.briefing.web.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * CORS is closed unless {@code briefing.cors.allowed-origins} (environment: {@code
 * BRIEFING_CORS_ALLOWED_ORIGINS}) names origins, comma-separated and exact, e.g. {@code
 * https://newsroom.example.org}. Only those get the CORS headers (and answered preflights); a
 * browser on any other origin is refused by the browser itself. Credentials are never allowed.
 */
@Provider
@PreMatching
public class CrossOrigin implements ContainerRequestFilter, ContainerResponseFilter {

  public static final String CONFIG = "briefing.cors.allowed-origins";
  static final String METHODS = "GET, POST, OPTIONS";
  static final String HEADERS = "Content-Type, Authorization, X-API-Key";

  @Override
  public void filter(ContainerRequestContext request) {
    String origin = request.getHeaderString("Origin");
    if ("OPTIONS".equals(request.getMethod())
        && origin != null
        && request.getHeaderString("Access-Control-Request-Method") != null
        && allowed().contains(origin)) {
      request.abortWith(
          Response.noContent()
              .header("Access-Control-Allow-Origin", origin)
              .header("Access-Control-Allow-Methods", METHODS)
              .header("Access-Control-Allow-Headers", HEADERS)
              .header("Access-Control-Max-Age", "600")
              .header("Vary", "Origin")
              .build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String origin = request.getHeaderString("Origin");
    if (origin != null
        && !response.getHeaders().containsKey("Access-Control-Allow-Origin")
        && allowed().contains(origin)) {
      response.getHeaders().add("Access-Control-Allow-Origin", origin);
      response.getHeaders().add("Access-Control-Expose-Headers", "Location");
      response.getHeaders().add("Vary", "Origin");
    }
  }

  static Set<String> allowed() {
    return ConfigProvider.getConfig()
        .getOptionalValue(CONFIG, String.class)
        .map(
            value ->
                Arrays.stream(value.split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty() && !"*".equals(s))
                    .collect(Collectors.toSet()))
        .orElse(Set.of());
  }
}
