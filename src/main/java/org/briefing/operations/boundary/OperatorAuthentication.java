package org.briefing.operations.boundary;

import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.logging.Logger;
import org.briefing.operations.control.LoginThrottle;
import org.briefing.web.boundary.Problem;

/**
 * HTTP Basic for the resource methods marked {@code @RolesAllowed}: the user and password are
 * checked against Liberty's user registry ({@code basicRegistry} in server.xml, operator account
 * from {@code OPERATOR_USER}/{@code OPERATOR_PASSWORD}), and the user must hold one of the roles.
 * Without credentials or with wrong ones: 401 and a Basic challenge; with too few rights: 403; both
 * as problems. A client that failed {@value #ALLOWED_FAILURES} times in a quarter of an hour for
 * one user name gets 429 with {@code Retry-After} for it, whatever it sends, until the oldest
 * failure is that old: a password cannot be guessed at the speed of the network.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class OperatorAuthentication implements ContainerRequestFilter {

  private static final Logger LOG = Logger.getLogger(OperatorAuthentication.class.getName());
  static final String REALM = "Basic realm=\"Briefing Gateway operators\"";
  static final int ALLOWED_FAILURES = 5;

  private static final LoginThrottle THROTTLE =
      new LoginThrottle(ALLOWED_FAILURES, Duration.ofMinutes(15), 10_000, Clock.systemUTC());

  @Context ResourceInfo resource;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    RolesAllowed allowed = rolesAllowed(resource.getResourceMethod());
    if (allowed == null) {
      return;
    }
    if (servletRequest.getUserPrincipal() == null) {
      Response refused = login(request);
      if (refused != null) {
        request.abortWith(refused);
        return;
      }
    }
    if (Arrays.stream(allowed.value()).noneMatch(servletRequest::isUserInRole)) {
      request.abortWith(
          Problem.of(
                  403,
                  "Forbidden",
                  "This operation needs the role " + String.join(" or ", allowed.value()) + ".")
              .toResponse());
    }
  }

  /** Logs the request's user in; the answer that refuses it, or null once logged in. */
  private Response login(ContainerRequestContext request) {
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return unauthorized();
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).strip()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return unauthorized();
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return unauthorized();
    }
    String user = decoded.substring(0, colon);
    String client = servletRequest.getRemoteAddr() + "|" + user;
    Duration wait = THROTTLE.wait(client);
    if (wait.compareTo(Duration.ZERO) > 0) {
      Response tooMany =
          Problem.of(
                  429,
                  "Too Many Requests",
                  "Too many failed logins for this user from this address; try again later.")
              .toResponse();
      tooMany.getHeaders().add(HttpHeaders.RETRY_AFTER, Math.max(1, wait.toSeconds()));
      return tooMany;
    }
    try {
      servletRequest.login(user, decoded.substring(colon + 1));
      THROTTLE.succeeded(client);
      return null;
    } catch (ServletException e) {
      THROTTLE.failed(client);
      LOG.warning(() -> "Operator login refused for user " + user.replaceAll("\\W", "?"));
      return unauthorized();
    }
  }

  private static Response unauthorized() {
    Response problem =
        Problem.of(
                401,
                "Unauthorized",
                "This operation needs an operator's user name and password (HTTP Basic).")
            .toResponse();
    problem.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, REALM);
    return problem;
  }

  private static RolesAllowed rolesAllowed(Method method) {
    if (method == null) {
      return null;
    }
    RolesAllowed onMethod = method.getAnnotation(RolesAllowed.class);
    return onMethod != null
        ? onMethod
        : method.getDeclaringClass().getAnnotation(RolesAllowed.class);
  }
}
