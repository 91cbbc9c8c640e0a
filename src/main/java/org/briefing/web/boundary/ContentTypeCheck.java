package org.briefing.web.boundary;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A {@code Content-Type} header that is not a media type at all ({@code json}) is refused by the
 * JAX-RS runtime before any of our providers run, with the servlet container's HTML error page.
 * This answers it as a problem instead, like every other bad request.
 */
@WebFilter("/api/*")
public class ContentTypeCheck extends HttpFilter implements Filter {

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String header = request.getHeader("Content-Type");
    if (header != null) {
      try {
        MediaType.valueOf(header);
      } catch (IllegalArgumentException e) {
        String detail =
            "The Content-Type header is not a media type; send application/json; charset=UTF-8.";
        String json =
            "{\"type\":\"about:blank\",\"title\":\"Unsupported Media Type\",\"status\":415,"
                + "\"detail\":\""
                + detail
                + "\"}";
        response.setStatus(415);
        response.setContentType(Problem.MEDIA_TYPE + ";charset=UTF-8");
        response.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
        return;
      }
    }
    chain.doFilter(request, response);
  }
}
