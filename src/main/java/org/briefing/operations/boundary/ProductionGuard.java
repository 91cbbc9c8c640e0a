package org.briefing.operations.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;
import org.briefing.operations.control.ProductionSettings;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * In production mode ({@code BRIEFING_ENV=production}) the application refuses to start while a
 * setting is still a local default ({@link ProductionSettings}): its deployment fails, and the log
 * says which settings to set. Elsewhere it starts as it is.
 */
@Startup
@Singleton
public class ProductionGuard {

  private static final Logger LOG = Logger.getLogger(ProductionGuard.class.getName());

  @PostConstruct
  void refuseLocalDefaultsInProduction() {
    Config config = ConfigProvider.getConfig();
    Function<String, Optional<String>> settings =
        name -> config.getOptionalValue(name, String.class);
    if (!ProductionSettings.production(settings)) {
      return;
    }
    List<String> problems = ProductionSettings.problems(settings);
    if (problems.isEmpty()) {
      LOG.info(
          "Production mode: passwords, API keys, APP_BASE_URL, SMTP encryption and feed addresses"
              + " are set");
      return;
    }
    problems.forEach(problem -> LOG.severe("Refusing to start in production: " + problem));
    throw new IllegalStateException(
        "Refusing to start in production (BRIEFING_ENV=production): "
            + String.join("; ", problems));
  }
}
