package org.briefing.outbox.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/** Starts the outbox relay once the schema is up to date, and stops it with the application. */
@Startup
@Singleton
@DependsOn("Migrations")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxStart {

  @Inject OutboxRelay relay;

  @PostConstruct
  void start() {
    relay.start();
  }

  @PreDestroy
  void stop() {
    relay.stop();
  }
}
