package org.briefing.web.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Refuses request bodies over {@value #MAX_BYTES} bytes with 413, whether the client declares the
 * length or streams it chunked, before anything is parsed.
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

  /** 1 MiB: a long article is about 50 KB of text. Documented in docs/api.md and the OpenAPI. */
  public static final int MAX_BYTES = 1024 * 1024;

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > MAX_BYTES) {
      throw tooLarge();
    }
    request.setEntityStream(new LimitedInputStream(request.getEntityStream()));
  }

  static PayloadTooLarge tooLarge() {
    return new PayloadTooLarge();
  }

  /** 413 as a problem. */
  public static class PayloadTooLarge extends jakarta.ws.rs.WebApplicationException {
    PayloadTooLarge() {
      super(
          Problem.of(
                  413,
                  "Content Too Large",
                  "The request body is larger than " + MAX_BYTES + " bytes (1 MiB).")
              .toResponse());
    }
  }

  private static final class LimitedInputStream extends FilterInputStream {
    private long count;

    LimitedInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    private void count(int n) {
      count += n;
      if (count > MAX_BYTES) {
        throw tooLarge();
      }
    }
  }
}
