package org.briefing.web.boundary;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail: what went wrong, and for validation errors, which fields.
 *
 * @param type a URI naming the kind of problem ({@code about:blank} when the status says it all)
 * @param title a short summary that does not change between occurrences
 * @param status the HTTP status code
 * @param detail what is wrong in this request
 * @param errors the fields at fault, for validation errors
 */
public record Problem(
    String type, String title, int status, String detail, List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * One field at fault.
   *
   * @param field where the error is, e.g. {@code title} or {@code topics[2]}
   * @param message what is wrong with it
   */
  public record FieldError(String field, String message) {}

  public static Problem of(Response.Status status, String detail) {
    return of(status.getStatusCode(), status.getReasonPhrase(), detail);
  }

  public static Problem of(int status, String title, String detail) {
    return new Problem("about:blank", title, status, detail, null);
  }

  public static Problem invalid(String detail, List<FieldError> errors) {
    return new Problem(
        "urn:briefing:problem:validation", "Invalid request", 400, detail, List.copyOf(errors));
  }

  public Response toResponse() {
    return Response.status(status)
        .type(MediaType.valueOf(MEDIA_TYPE + ";charset=UTF-8"))
        .entity(this)
        .build();
  }
}
