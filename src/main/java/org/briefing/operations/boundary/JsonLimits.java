package org.briefing.operations.boundary;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.briefing.operations.control.JsonShape;
import org.briefing.platform.boundary.Problem;

/**
 * Refuses JSON request bodies nested deeper than {@value #MAX_DEPTH} levels (400) or with an array
 * of more than {@value #MAX_ARRAY_LENGTH} elements (413), before they are bound to objects. Runs
 * after the 1 MiB size limit, which bounds what is read here.
 */
@Provider
@PreMatching
@Priority(Priorities.USER + 100)
public class JsonLimits implements ContainerRequestFilter {

  /** An article or subscription is two levels deep; 16 leaves room for any sensible client. */
  public static final int MAX_DEPTH = 16;

  /** A subscription lists at most a few dozen topics and actors. */
  public static final int MAX_ARRAY_LENGTH = 1000;

  private static final JsonShape SHAPE = new JsonShape(MAX_DEPTH, MAX_ARRAY_LENGTH);

  @Override
  public void filter(ContainerRequestContext request) {
    MediaType type = request.getMediaType();
    if (!request.hasEntity() || type == null || !type.getSubtype().toLowerCase().contains("json")) {
      return;
    }
    byte[] body;
    try {
      body = request.getEntityStream().readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    switch (SHAPE.check(body)) {
      case TOO_DEEP ->
          request.abortWith(
              Problem.of(
                      400,
                      "Bad Request",
                      "The JSON body nests deeper than " + MAX_DEPTH + " levels.")
                  .toResponse());
      case ARRAY_TOO_LONG ->
          request.abortWith(
              Problem.of(
                      413,
                      "Content Too Large",
                      "A JSON array in the body has more than " + MAX_ARRAY_LENGTH + " elements.")
                  .toResponse());
      case OK -> request.setEntityStream(new ByteArrayInputStream(body));
    }
  }
}
