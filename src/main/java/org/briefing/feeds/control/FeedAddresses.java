package org.briefing.feeds.control;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the service may fetch a feed from: http or https, no credentials in the URL, and, unless
 * the operator allows them, no host that resolves to a loopback, private, link-local or otherwise
 * internal address (a feed URL must not be a way into the service's own network). Every address a
 * host resolves to must pass. Plain Java.
 */
public final class FeedAddresses {

  /** Resolves a host name to its addresses (the system resolver, or a fixed table in tests). */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  private final boolean privateAllowed;
  private final Resolver resolver;

  public FeedAddresses(boolean privateAllowed) {
    this(privateAllowed, InetAddress::getAllByName);
  }

  public FeedAddresses(boolean privateAllowed, Resolver resolver) {
    this.privateAllowed = privateAllowed;
    this.resolver = resolver;
  }

  public boolean privateAllowed() {
    return privateAllowed;
  }

  /** Why the service will not fetch from this URL; empty when it may. */
  public Optional<String> refusal(URI url) {
    if (url == null || !url.isAbsolute() || url.isOpaque()) {
      return Optional.of("must be an absolute http or https URL");
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("must be an http or https URL, not " + scheme);
    }
    if (url.getRawUserInfo() != null) {
      return Optional.of("must not carry a user name or password");
    }
    String host = url.getHost();
    if (host == null || host.isEmpty()) {
      return Optional.of("must name a host");
    }
    if (privateAllowed) {
      return Optional.empty();
    }
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(host);
    } catch (UnknownHostException e) {
      return Optional.of("names a host that does not resolve: " + host);
    }
    for (InetAddress address : addresses) {
      if (isInternal(address)) {
        return Optional.of(
            "points to a loopback, private or link-local address ("
                + address.getHostAddress()
                + "), which this service does not fetch from");
      }
    }
    return Optional.empty();
  }

  /**
   * Loopback, unspecified, private (RFC 1918, unique local fc00::/7), link-local, shared (carrier
   * NAT 100.64/10), multicast, reserved; and IPv6 forms that carry such an IPv4 address.
   */
  static boolean isInternal(InetAddress address) {
    if (address.isAnyLocalAddress()
        || address.isLoopbackAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return true;
    }
    byte[] b = address.getAddress();
    if (address instanceof Inet4Address) {
      return isInternalIpv4(b);
    }
    if (address instanceof Inet6Address v6) {
      if ((b[0] & 0xfe) == 0xfc) {
        return true; // unique local fc00::/7
      }
      byte[] embedded = embeddedIpv4(v6, b);
      return embedded != null && isInternalIpv4(embedded);
    }
    return true; // an address family we do not know is not fetched from
  }

  private static boolean isInternalIpv4(byte[] b) {
    int first = b[0] & 0xff;
    int second = b[1] & 0xff;
    return first == 0 // this network
        || first == 10
        || first == 127
        || (first == 100 && second >= 64 && second <= 127) // carrier-grade NAT
        || (first == 169 && second == 254)
        || (first == 172 && second >= 16 && second <= 31)
        || (first == 192 && second == 168)
        || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
        || (first == 198 && (second == 18 || second == 19)) // benchmarking
        || first >= 224; // multicast, reserved, broadcast
  }

  /**
   * The IPv4 address inside an IPv4-compatible (::a.b.c.d), NAT64 (64:ff9b::/96) or 6to4
   * (2002::/16) address; null for any other. (IPv4-mapped addresses come back from Java's resolver
   * as IPv4 already.)
   */
  private static byte[] embeddedIpv4(Inet6Address v6, byte[] b) {
    if (v6.isIPv4CompatibleAddress()
        || (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b)) {
      return new byte[] {b[12], b[13], b[14], b[15]};
    }
    if (b[0] == 0x20 && b[1] == 0x02) {
      return new byte[] {b[2], b[3], b[4], b[5]};
    }
    return null;
  }
}
