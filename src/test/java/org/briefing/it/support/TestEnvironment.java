package org.briefing.it.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts what the integration tests need before any test runs, and stops it after the last one: a
 * real Artemis broker (own process, with its web console) and a real SMTP server (GreenMail).
 * Liberty itself is started by Arquillian in between, so it starts after the broker and stops
 * before it. Only active in the failsafe run ({@code -Dbriefing.it=true}); unit tests start
 * nothing.
 */
public class TestEnvironment implements LauncherSessionListener {

  private static ArtemisBroker broker;
  private static GreenMail mail;
  private static PostgresCluster postgres;

  @Override
  public void launcherSessionOpened(LauncherSession session) {
    if (!Boolean.getBoolean("briefing.it") || broker != null) {
      return;
    }
    try {
      Path itDir = Path.of(System.getProperty("briefing.it.dir"));
      Files.createDirectories(itDir);
      ArtemisBroker.deleteRecursively(itDir.resolve("h2"));
      if ("postgres".equals(System.getenv("DB_KIND"))) {
        postgres = new PostgresCluster(itDir.resolve("postgres/data"), env("DB_PORT", 55432));
        postgres.start("briefing", "briefing", System.getenv("DB_PASSWORD"));
      }
      mail = new GreenMail(new ServerSetup(env("SMTP_PORT", 3026), "127.0.0.1", "smtp"));
      mail.start();
      broker =
          new ArtemisBroker(
              Path.of(System.getProperty("briefing.artemis.home")),
              itDir.resolve("broker"),
              Path.of(System.getProperty("briefing.server.config")),
              env("BROKER_PORT", 61626),
              Map.of("BROKER_PASSWORD", System.getenv().getOrDefault("BROKER_PASSWORD", "")));
      // The production back-off (1 s doubling to 60 s, 10 attempts) takes minutes to reach the
      // dead-letter queue; the tests run the same 10 attempts in about 6 s.
      broker.withJavaArgs("-Dbriefing.redelivery.delay=100 -Dbriefing.max.redelivery.delay=1000");
      // The web console as operators use it (BrokerConsoleIT drives it in a browser).
      broker.withConsole(env("BROKER_CONSOLE_PORT", 18161));
      broker.create();
      broker.start();
    } catch (Exception e) {
      throw new IllegalStateException("Could not start the test environment", e);
    }
  }

  @Override
  public void launcherSessionClosed(LauncherSession session) {
    try {
      if (broker != null) {
        broker.stop();
      }
      if (postgres != null) {
        postgres.stop();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } finally {
      if (mail != null) {
        mail.stop();
      }
    }
  }

  public static ArtemisBroker broker() {
    return broker;
  }

  public static GreenMail mail() {
    return mail;
  }

  /** The PostgreSQL cluster of the postgres suite; null in the H2 suite. */
  public static PostgresCluster postgres() {
    return postgres;
  }

  private static int env(String name, int fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : Integer.parseInt(value);
  }
}
