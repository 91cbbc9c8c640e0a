package org.briefing.web.boundary;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.briefing.web.control.InvalidInputException;

/**
 * Every error leaves the service as {@code application/problem+json}; mapped here, in one place.
 */
public final class ProblemMappers {

  private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

  /** At most this many field errors are listed in one answer. */
  static final int MAX_LISTED = 50;

  private ProblemMappers() {}

  /** Bean Validation failures: 400 with the fields at fault. */
  @Provider
  public static class ConstraintViolations
      implements ExceptionMapper<ConstraintViolationException> {
    @Override
    public Response toResponse(ConstraintViolationException exception) {
      List<Problem.FieldError> all =
          exception.getConstraintViolations().stream()
              .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
              .sorted(Comparator.comparing(Problem.FieldError::field))
              .toList();
      // A list of 100,000 bad entries must not make an answer of many megabytes.
      List<Problem.FieldError> errors = all.subList(0, Math.min(all.size(), MAX_LISTED));
      String detail =
          all.size() == 1
              ? all.get(0).field() + ": " + all.get(0).message()
              : all.size()
                  + " fields are invalid"
                  + (all.size() > MAX_LISTED ? " (the first " + MAX_LISTED + " are listed)" : "")
                  + ": "
                  + String.join(
                      ", ", errors.stream().map(Problem.FieldError::field).distinct().toList());
      return Problem.invalid(detail, errors).toResponse();
    }

    /** {@code submit.arg0.title} becomes {@code title}: the caller knows its own fields only. */
    private static String fieldOf(ConstraintViolation<?> violation) {
      StringBuilder field = new StringBuilder();
      int depth = 0;
      for (Path.Node node : violation.getPropertyPath()) {
        depth++;
        if (depth <= 2 && node.getKind() != jakarta.validation.ElementKind.PROPERTY) {
          continue; // method and parameter nodes
        }
        if (node.isInIterable()) {
          // the node is an element of the list before it: articles[3].title, topics[2]
          field.append('[').append(node.getIndex() == null ? "" : node.getIndex()).append(']');
        }
        if (node.getName() == null || node.getName().startsWith("<")) {
          continue;
        }
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(node.getName());
      }
      return field.isEmpty() ? "body" : field.toString();
    }
  }

  /** Input that is well-formed but wrong: 400 with the field at fault. */
  @Provider
  public static class InvalidInput implements ExceptionMapper<InvalidInputException> {
    @Override
    public Response toResponse(InvalidInputException exception) {
      List<Problem.FieldError> errors =
          exception.errors().stream()
              .map(e -> new Problem.FieldError(e.field(), e.message()))
              .toList();
      String detail =
          errors.size() == 1
              ? errors.get(0).field() + ": " + errors.get(0).message()
              : errors.size()
                  + " fields are invalid: "
                  + String.join(
                      ", ", errors.stream().map(Problem.FieldError::field).distinct().toList());
      return Problem.invalid(detail, errors).toResponse();
    }
  }

  /** A client over its rate limit. */
  @Provider
  public static class TooManyRequests
      implements ExceptionMapper<org.briefing.web.control.TooManyRequestsException> {
    @Override
    public Response toResponse(org.briefing.web.control.TooManyRequestsException exception) {
      Response problem = Problem.of(429, "Too Many Requests", exception.getMessage()).toResponse();
      problem.getHeaders().add("Retry-After", "3600");
      return problem;
    }
  }

  /** A dependency is away: 503 with when to try again; nothing of the request was kept. */
  @Provider
  public static class Unavailable
      implements ExceptionMapper<org.briefing.web.control.UnavailableException> {
    @Override
    public Response toResponse(org.briefing.web.control.UnavailableException exception) {
      Response problem =
          Problem.of(Response.Status.SERVICE_UNAVAILABLE, exception.getMessage()).toResponse();
      problem.getHeaders().add("Retry-After", String.valueOf(exception.retryAfter().toSeconds()));
      return problem;
    }
  }

  /** Our own and JAX-RS's HTTP errors keep their status, in problem form. */
  @Provider
  public static class WebApplicationErrors implements ExceptionMapper<WebApplicationException> {
    @Override
    public Response toResponse(WebApplicationException exception) {
      Response original = exception.getResponse();
      if (original.hasEntity() && original.getEntity() instanceof Problem) {
        return original;
      }
      int status = original.getStatus();
      if (exception.getCause() instanceof JsonbException
          || exception.getCause() instanceof JsonParsingException) {
        return malformedJson(exception.getCause());
      }
      String detail = exception.getMessage();
      if (exception instanceof NotSupportedException) {
        detail = "Send the request body as application/json; charset=UTF-8.";
      } else if (exception instanceof NotAllowedException) {
        detail = "This method is not allowed here; allowed: " + original.getAllowedMethods();
      }
      Response.StatusType type = original.getStatusInfo();
      Response problem = Problem.of(status, type.getReasonPhrase(), detail).toResponse();
      original
          .getHeaders()
          .forEach(
              (name, values) -> {
                if (!name.equalsIgnoreCase("Content-Type")) {
                  values.forEach(v -> problem.getHeaders().add(name, v));
                }
              });
      return problem;
    }
  }

  /** A body that is not the JSON we expect. */
  @Provider
  public static class UnreadableJson implements ExceptionMapper<JsonbException> {
    @Override
    public Response toResponse(JsonbException exception) {
      return malformedJson(exception);
    }
  }

  /** Entity reading problems surface as ProcessingException in some paths. */
  @Provider
  public static class UnreadableEntity implements ExceptionMapper<ProcessingException> {
    @Override
    public Response toResponse(ProcessingException exception) {
      return malformedJson(exception);
    }
  }

  /** Anything else is our fault: log it with its stack, tell the client nothing internal. */
  @Provider
  public static class Unexpected implements ExceptionMapper<RuntimeException> {
    @Override
    public Response toResponse(RuntimeException exception) {
      Throwable cause = exception;
      while (cause != null) {
        if (cause instanceof JsonbException || cause instanceof JsonParsingException) {
          return malformedJson(cause);
        }
        cause = cause.getCause();
      }
      LOG.log(Level.SEVERE, "Unexpected error while handling a request", exception);
      return Problem.of(
              Response.Status.INTERNAL_SERVER_ERROR,
              "The service could not handle this request; it has been logged.")
          .toResponse();
    }
  }

  static Response malformedJson(Throwable exception) {
    String reason = exception.getMessage();
    Throwable cause = exception;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
      if (cause.getMessage() != null) {
        reason = cause.getMessage();
      }
    }
    return Problem.of(
            Response.Status.BAD_REQUEST,
            "The request body is not valid JSON for this resource: " + shorten(reason))
        .toResponse();
  }

  private static String shorten(String text) {
    if (text == null) {
      return "unreadable";
    }
    String oneLine = text.replaceAll("[\\r\\n\\t]+", " ");
    return oneLine.length() > 300 ? oneLine.substring(0, 300) + "…" : oneLine;
  }
}
