package org.briefing.feeds.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The addresses feeds may come from: http(s) only, no credentials, and no internal address unless
 * allowed. Host names resolve through a fixed table, not the network.
 */
class FeedAddressesTest {

  private static final Map<String, String[]> HOSTS =
      Map.of(
          "news.example.org", new String[] {"93.184.216.34"},
          "rebound.example.org", new String[] {"93.184.216.34", "10.1.2.3"},
          "metadata.example.org", new String[] {"169.254.169.254"},
          "localhost", new String[] {"127.0.0.1", "::1"},
          "v6.example.org", new String[] {"2606:2800:220:1:248:1893:25c8:1946"});

  private static InetAddress[] resolve(String host) throws UnknownHostException {
    String[] literals = HOSTS.get(host);
    if (literals == null) {
      // literal addresses parse without a lookup; any other name is unknown here
      if (host.matches("[0-9.]+") || host.contains(":")) {
        return new InetAddress[] {InetAddress.getByName(host)};
      }
      throw new UnknownHostException(host);
    }
    InetAddress[] addresses = new InetAddress[literals.length];
    for (int i = 0; i < literals.length; i++) {
      addresses[i] = InetAddress.getByName(literals[i]);
    }
    return addresses;
  }

  private final FeedAddresses strict = new FeedAddresses(false, FeedAddressesTest::resolve);
  private final FeedAddresses lenient = new FeedAddresses(true, FeedAddressesTest::resolve);

  @Test
  void publicHttpAndHttpsAddressesPass() {
    assertThat(strict.refusal(URI.create("https://news.example.org/feed.xml"))).isEmpty();
    assertThat(strict.refusal(URI.create("HTTP://news.example.org:8080/rss"))).isEmpty();
    assertThat(strict.refusal(URI.create("https://v6.example.org/atom"))).isEmpty();
    assertThat(strict.refusal(URI.create("http://93.184.216.34/rss"))).isEmpty();
  }

  @Test
  void otherSchemesCredentialsAndRelativeUrlsAreRefusedEvenWhenPrivateAddressesAreAllowed() {
    for (FeedAddresses rules : new FeedAddresses[] {strict, lenient}) {
      assertThat(rules.refusal(URI.create("file:///etc/passwd")))
          .hasValueSatisfying(r -> assertThat(r).contains("http or https"));
      assertThat(rules.refusal(URI.create("ftp://news.example.org/feed"))).isPresent();
      assertThat(rules.refusal(URI.create("jar:file:/x.jar!/feed.xml"))).isPresent();
      assertThat(rules.refusal(URI.create("https://user:secret@news.example.org/feed")))
          .hasValueSatisfying(r -> assertThat(r).contains("user name or password"));
      assertThat(rules.refusal(URI.create("/feed.xml"))).isPresent();
      assertThat(rules.refusal(URI.create("http:///feed.xml"))).isPresent();
    }
  }

  @Test
  void loopbackPrivateLinkLocalAndOtherInternalAddressesAreRefused() {
    for (String url :
        new String[] {
          "http://127.0.0.1/",
          "http://127.8.9.10/",
          "http://localhost/",
          "http://[::1]/",
          "http://0.0.0.0/",
          "http://10.0.0.5/",
          "http://172.16.0.1/",
          "http://172.31.255.1/",
          "http://192.168.1.1/",
          "http://169.254.169.254/latest/meta-data/",
          "http://100.64.0.1/",
          "http://[fd00::1]/",
          "http://[fe80::1]/",
          "http://[::ffff:127.0.0.1]/",
          "http://[::ffff:10.0.0.1]/",
          "http://[64:ff9b::a00:1]/",
          "http://[2002:c0a8:101::1]/",
          "http://224.0.0.1/",
          "http://255.255.255.255/",
          "http://metadata.example.org/",
          "http://rebound.example.org/"
        }) {
      assertThat(strict.refusal(URI.create(url)))
          .as(url)
          .hasValueSatisfying(r -> assertThat(r).contains("loopback, private or link-local"));
    }
    assertThat(strict.refusal(URI.create("http://172.32.0.1/")))
        .as("just outside 172.16/12")
        .isEmpty();
  }

  @Test
  void whenTheOperatorAllowsThemInternalAddressesPass() {
    assertThat(lenient.refusal(URI.create("http://127.0.0.1:8000/feed.xml"))).isEmpty();
    assertThat(lenient.refusal(URI.create("http://192.168.1.1/rss"))).isEmpty();
  }

  @Test
  void aHostThatDoesNotResolveIsRefused() {
    assertThat(strict.refusal(URI.create("https://nowhere.invalid/feed")))
        .hasValueSatisfying(r -> assertThat(r).contains("does not resolve"));
  }
}
