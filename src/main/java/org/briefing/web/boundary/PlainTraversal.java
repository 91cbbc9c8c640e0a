package org.briefing.web.boundary;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Bean Validation may look at every property. The default resolver asks JPA whether each property
 * of a validated object is loaded, through a lock in the server's persistence provider lookup;
 * under load that lock held every post for over 100 ms. The objects validated here are request
 * records, never entities, so there is nothing lazy to protect.
 */
public class PlainTraversal implements TraversableResolver {

  @Override
  public boolean isReachable(
      Object traversableObject,
      Path.Node traversableProperty,
      Class<?> rootBeanType,
      Path pathToTraversableObject,
      ElementType elementType) {
    return true;
  }

  @Override
  public boolean isCascadable(
      Object traversableObject,
      Path.Node traversableProperty,
      Class<?> rootBeanType,
      Path pathToTraversableObject,
      ElementType elementType) {
    return true;
  }
}
