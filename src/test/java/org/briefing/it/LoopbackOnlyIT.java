package org.briefing.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.util.Optional;
import org.briefing.it.support.Api;
import org.briefing.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A local run listens on loopback only (HTTP_HOST unset): while posting is open and the operator's
 * password is the known default, nobody on the network reaches it.
 */
@ExtendWith(ArquillianExtension.class)
class LoopbackOnlyIT {

  @Deployment(testable = false)
  static WebArchive application() {
    return Deployments.application();
  }

  @Test
  void theServiceAnswersOnLoopbackAndNotOnTheMachinesNetworkAddress() throws SocketException {
    int port = Api.local().uri("/").getPort();
    assertThat(Api.local().get("/health/live").statusCode()).isEqualTo(200);
    Optional<InetAddress> network =
        NetworkInterface.networkInterfaces()
            .filter(i -> !isLoopback(i))
            .flatMap(NetworkInterface::inetAddresses)
            .filter(a -> a instanceof Inet4Address && !a.isLoopbackAddress())
            .findFirst();
    assumeTrue(network.isPresent(), "this machine has no network address besides loopback");
    assertThatThrownBy(
            () -> {
              try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(network.get(), port), 2_000);
              }
            })
        .isInstanceOf(IOException.class);
  }

  private static boolean isLoopback(NetworkInterface i) {
    try {
      return i.isLoopback() || !i.isUp();
    } catch (SocketException e) {
      return true;
    }
  }
}
