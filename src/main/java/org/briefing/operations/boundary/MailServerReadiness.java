package org.briefing.operations.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import org.briefing.operations.control.Remembered;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready only while the SMTP server accepts a TCP connection within two seconds. Only a connect: no
 * SMTP conversation, no login, nothing the mail server would count as a client. Asked at most every
 * {@link #ASK_EVERY}: anyone may poll {@code /health/ready}, and each poll once opened a connection
 * to the mail server. The answer names no server: that is for the operators' configuration.
 */
@Readiness
@ApplicationScoped
public class MailServerReadiness implements HealthCheck {

  static final Duration LIMIT = Duration.ofSeconds(2);
  static final Duration ASK_EVERY = Duration.ofSeconds(10);

  private final Remembered<HealthCheckResponse> last =
      new Remembered<>(ASK_EVERY, Clock.systemUTC());

  @Inject
  @ConfigProperty(name = "smtp.host", defaultValue = "127.0.0.1")
  String host;

  @Inject
  @ConfigProperty(name = "smtp.port", defaultValue = "3025")
  int port;

  @Override
  public HealthCheckResponse call() {
    return last.get(this::connect);
  }

  private HealthCheckResponse connect() {
    var response = HealthCheckResponse.named("smtp");
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host, port), (int) LIMIT.toMillis());
      return response.up().build();
    } catch (Exception e) {
      // The kind only: an unknown host's message is the host's name.
      return response.down().withData("error", e.getClass().getSimpleName()).build();
    }
  }
}
