package org.briefing.operations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the SMTP server accepts a TCP connection within two seconds. Only a connect: no
 * SMTP conversation, no login, nothing the mail server would count as a client.
 */
@Readiness
@ApplicationScoped
public class MailServerReadiness implements HealthCheck {

  static final Duration LIMIT = Duration.ofSeconds(2);

  @Inject
  @ConfigProperty(name = "smtp.host", defaultValue = "127.0.0.1")
  String host;

  @Inject
  @ConfigProperty(name = "smtp.port", defaultValue = "3025")
  int port;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("smtp").withData("server", host + ":" + port);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), (int) LIMIT.toMillis());
      return response.up().build();
    } catch (Exception e) {
      return response.down().withData("error", Failures.describe(e)).build();
    }
  }
}
