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
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.logging.Logger;
import org.briefing.platform.boundary.Problem;

/**
 * HTTP Basic for the resource methods marked {@code @RolesAllowed}: the user and password are
 * checked against Liberty's user registry ({@code basicRegistry} in server.xml, operator account
 * from {@code OPERATOR_USER}/{@code OPERATOR_PASSWORD}), and the user must hold one of the roles.
 * Without credentials or with wrong ones: 401 and a Basic challenge; with too few rights: 403; both
 * as problems.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class OperatorAuthentication implements ContainerRequestFilter {

  private static final Logger LOG = Logger.getLogger(OperatorAuthentication.class.getName());
  static final String REALM = "Basic realm=\"Briefing Gateway operators\"";

  @Context ResourceInfo resource;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    RolesAllowed allowed = rolesAllowed(resource.getResourceMethod());
    if (allowed == null) {
      return;
    }
    if (servletRequest.getUserPrincipal() == null && !login(request)) {
      var problem =
          Problem.of(
                  401,
                  "Unauthorized",
                  "This operation needs an operator's user name and password (HTTP Basic).")
              .toResponse();
      problem.getHeaders().add(HttpHeaders.WWW_AUTHENTICATE, REALM);
      request.abortWith(problem);
      return;
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

  private boolean login(ContainerRequestContext request) {
    String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
      return false;
    }
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(6).strip()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return false;
    }
    String user = decoded.substring(0, colon);
    try {
      servletRequest.login(user, decoded.substring(colon + 1));
      return true;
    } catch (ServletException e) {
      LOG.warning(() -> "Operator login refused for user " + user.replaceAll("\\W", "?"));
      return false;
    }
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
