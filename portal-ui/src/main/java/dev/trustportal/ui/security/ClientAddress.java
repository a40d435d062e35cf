package dev.trustportal.ui.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Who the client of a request is, and whether it reached the portal over HTTPS. The forwarding
 * headers ({@code X-Forwarded-For}, {@code X-Forwarded-Proto}) are believed only from a trusted
 * proxy: anyone else can write them, and a throttle keyed on a made-up address throttles nothing.
 *
 * @param address the client's IP address as the portal counts it
 * @param https whether the client used HTTPS (to the portal, or to the trusted proxy in front of
 *     it)
 */
record ClientAddress(String address, boolean https) {

  /**
   * @param remoteAddress the address of the TCP peer
   * @param secure whether the connection to the portal itself is TLS
   * @param forwardedFor every {@code X-Forwarded-For} value, in order (a proxy appends to the list)
   * @param forwardedProto the {@code X-Forwarded-Proto} value, or null
   */
  static ClientAddress of(
      String remoteAddress,
      boolean secure,
      List<String> forwardedFor,
      String forwardedProto,
      Set<String> trustedProxies) {
    if (!trustedProxies.contains(remoteAddress)) {
      return new ClientAddress(remoteAddress, secure);
    }
    // Walk back from the hop nearest to us: the first address that is no proxy of ours is the
    // client.
    // Addresses further left were written by the client itself and prove nothing.
    List<String> hops = new ArrayList<>();
    forwardedFor.forEach(
        value ->
            Arrays.stream(value.split(","))
                .map(String::strip)
                .filter(hop -> !hop.isEmpty())
                .forEach(hops::add));
    String client = remoteAddress;
    for (int i = hops.size() - 1; i >= 0; i--) {
      client = hops.get(i);
      if (!trustedProxies.contains(client)) {
        break;
      }
    }
    boolean https =
        secure || (forwardedProto != null && forwardedProto.strip().equalsIgnoreCase("https"));
    return new ClientAddress(client, https);
  }
}
