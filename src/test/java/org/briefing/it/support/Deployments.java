package org.briefing.it.support;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The application as the build packaged it: the tests deploy the real WAR, not a hand-picked list.
 */
public final class Deployments {

  /** The name decides the application name, which the activation specs in server.xml use. */
  public static final String NAME = "briefing-gateway.war";

  private Deployments() {}

  public static WebArchive application() {
    return ShrinkWrap.create(ZipImporter.class, NAME)
        .importFrom(new File("target/" + NAME))
        .as(WebArchive.class);
  }
}
