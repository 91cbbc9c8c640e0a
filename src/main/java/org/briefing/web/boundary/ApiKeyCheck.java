package org.briefing.web.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Objects;
import org.briefing.web.control.ApiKeys;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The methods marked {@link ApiKeyRequired} (posting articles) need one of the configured API keys,
 * as {@code Authorization: Bearer <key>} or {@code X-API-Key: <key>}; without one the answer is 401
 * as a problem, before the body is read. Decided after matching, on the method the request reached:
 * a check on the path's text was side-stepped by {@code POST /api/articles;x=1}. With no keys
 * configured, posting is open. The keys are read from the configuration on each post, so a changed
 * server variable takes effect without a restart (they are parsed and hashed again only when they
 * change).
 */
@Provider
@ApiKeyRequired
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyCheck implements ContainerRequestFilter {

  public static final String CONFIG = "briefing.api.keys";
  public static final String HEADER = "X-API-Key";

  @Override
  public void filter(ContainerRequestContext request) {
    ApiKeys keys = current();
    if (keys.open() || keys.accepts(presented(request))) {
      return;
    }
    var problem =
        Problem.of(
                401,
                "Unauthorized",
                "Posting articles needs an API key: send it as 'Authorization: Bearer <key>' or"
                    + " 'X-API-Key: <key>'.")
            .toResponse();
    problem.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"briefing-gateway\"");
    request.abortWith(problem);
  }

  /**
   * The keys last parsed, with the text they came from and when it was read: the configuration is
   * read again at most once a second (a lookup through every config source on each post showed in
   * the profile), and parsed again only when it changed. A revoked key stops working within a
   * second.
   */
  private record Parsed(String configured, ApiKeys keys, long readAt) {}

  private static final long READ_EVERY_NANOS = 1_000_000_000L;

  private static volatile Parsed parsed = new Parsed(null, ApiKeys.parse(null), Long.MIN_VALUE);

  private static ApiKeys current() {
    Parsed last = parsed;
    long now = System.nanoTime();
    if (last.readAt() == Long.MIN_VALUE || now - last.readAt() >= READ_EVERY_NANOS) {
      String configured =
          ConfigProvider.getConfig().getOptionalValue(CONFIG, String.class).orElse(null);
      last =
          new Parsed(
              configured,
              Objects.equals(last.configured(), configured)
                  ? last.keys()
                  : ApiKeys.parse(configured),
              now);
      parsed = last;
    }
    return last.keys();
  }

  static String presented(ContainerRequestContext request) {
    String header = request.getHeaderString(HEADER);
    if (header != null && !header.isBlank()) {
      return header.strip();
    }
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return authorization.substring(7).strip();
    }
    return null;
  }
}
