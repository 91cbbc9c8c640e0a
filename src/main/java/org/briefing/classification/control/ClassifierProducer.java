package org.briefing.classification.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the one classifier the server shares: the gazetteer on the class path, plus the files in
 * {@code briefing.gazetteer.dir} when that is set (GAZETTEER_DIR in the environment).
 */
@ApplicationScoped
public class ClassifierProducer {

  @Inject
  @ConfigProperty(name = "briefing.gazetteer.dir")
  Optional<String> extraGazetteer;

  private Classifier classifier;

  @PostConstruct
  void load() {
    classifier = Classifier.load(extraGazetteer.map(Path::of).orElse(null));
  }

  @Produces
  Classifier classifier() {
    return classifier;
  }
}
