package dev.trustportal.portal.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Where a webhook may be sent: public addresses only, so that an owner cannot make the portal call
 * into its own network (server-side request forgery): no loopback, private (RFC 1918, unique local
 * fc00::/7), link-local (169.254.0.0/16 with the cloud metadata service 169.254.169.254,
 * fe80::/10), shared (100.64.0.0/10), multicast, unspecified or reserved address. Every address a
 * name resolves to is checked, at registration and before every delivery. Loopback is allowed only
 * when the configuration says so (the test stack's receiver listens on 127.0.0.1).
 */
public final class Destinations {

  /** Resolves a host name to its addresses; a literal address resolves to itself without DNS. */
  @FunctionalInterface
  public interface Resolver {
    InetAddress[] resolve(String host) throws UnknownHostException;
  }

  public static final Resolver DNS = InetAddress::getAllByName;

  private Destinations() {}

  /** Refuses the URL's host unless every address it resolves to is allowed. */
  public static void check(WebhookUrl url, Resolver resolver, boolean loopbackAllowed) {
    String host = url.host();
    InetAddress[] addresses;
    try {
      addresses = resolver.resolve(unbracketed(host));
    } catch (UnknownHostException e) {
      throw InvalidWebhookException.unresolvable(host);
    }
    for (InetAddress address : addresses) {
      if (!allowed(address, loopbackAllowed)) {
        throw InvalidWebhookException.forbiddenAddress(host, address.getHostAddress());
      }
    }
  }

  /** Whether one address may be called. */
  public static boolean allowed(InetAddress address, boolean loopbackAllowed) {
    if (address.isLoopbackAddress()) {
      return loopbackAllowed;
    }
    if (address.isAnyLocalAddress()
        || address.isLinkLocalAddress()
        || address.isSiteLocalAddress()
        || address.isMulticastAddress()) {
      return false;
    }
    if (address instanceof Inet4Address v4) {
      return allowedV4(v4.getAddress());
    }
    return allowedV6((Inet6Address) address, loopbackAllowed);
  }

  /** A name that is loopback without asking DNS: plain http is allowed to these only. */
  static boolean isLoopbackName(String host) {
    if (host == null) {
      return false;
    }
    String name = unbracketed(host).toLowerCase(Locale.ROOT);
    return name.equals("localhost")
        || name.startsWith("127.")
        || name.equals("::1")
        || name.equals("0:0:0:0:0:0:0:1");
  }

  private static boolean allowedV4(byte[] a) {
    int first = a[0] & 0xff;
    int second = a[1] & 0xff;
    boolean reserved =
        first == 0 // "this network"
            || (first == 100 && second >= 64 && second < 128) // shared, carrier-grade NAT
            || (first == 192 && second == 0 && (a[2] & 0xff) == 0) // IETF protocol assignments
            || (first == 198 && (second == 18 || second == 19)) // benchmarking
            || first >= 240; // reserved and broadcast
    return !reserved;
  }

  private static boolean allowedV6(Inet6Address address, boolean loopbackAllowed) {
    byte[] a = address.getAddress();
    if ((a[0] & 0xfe) == 0xfc) {
      return false; // unique local fc00::/7, e.g. fd00:ec2::254 (a cloud metadata service)
    }
    if (address.isIPv4CompatibleAddress() || isNat64(a)) {
      byte[] v4 = {a[12], a[13], a[14], a[15]};
      try {
        return allowed(InetAddress.getByAddress(v4), loopbackAllowed);
      } catch (UnknownHostException impossible) {
        return false;
      }
    }
    return true;
  }

  /** 64:ff9b::/96 embeds an IPv4 address that a NAT64 gateway reaches. */
  private static boolean isNat64(byte[] a) {
    if (a[0] != 0 || a[1] != 0x64 || (a[2] & 0xff) != 0xff || (a[3] & 0xff) != 0x9b) {
      return false;
    }
    for (int i = 4; i < 12; i++) {
      if (a[i] != 0) {
        return false;
      }
    }
    return true;
  }

  private static String unbracketed(String host) {
    return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
  }
}
