package org.briefing.web.boundary;

import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;

/**
 * Hands a resource the request record {@link JsonRequestBodies} built while it checked the body, so
 * that JSON-B does not parse the body again. Any other entity is read as usual.
 */
@Provider
public class BoundRequestRecords implements ReaderInterceptor {

  /** The request property that holds the bound record. */
  static final String PROPERTY = BoundRequestRecords.class.getName();

  @Override
  public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
    Object bound = context.getProperty(PROPERTY);
    if (bound != null && context.getType().isInstance(bound)) {
      context.removeProperty(PROPERTY);
      return bound;
    }
    return context.proceed();
  }
}
