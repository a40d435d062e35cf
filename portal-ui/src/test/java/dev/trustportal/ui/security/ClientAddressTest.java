package dev.trustportal.ui.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

  private static final Set<String> PROXY = Set.of("10.0.0.2");

  @Test
  void forwardingHeadersFromAnyoneButATrustedProxyAreIgnored() {
    assertThat(ClientAddress.of("203.0.113.7", false, List.of("10.9.9.9"), "https", PROXY))
        .isEqualTo(new ClientAddress("203.0.113.7", false));
  }

  @Test
  void behindATrustedProxyTheClientIsTheHopItAdded() {
    assertThat(ClientAddress.of("10.0.0.2", false, List.of("203.0.113.7"), "https", PROXY))
        .isEqualTo(new ClientAddress("203.0.113.7", true));
  }

  @Test
  void addressesTheClientWroteItselfAreNotBelieved() {
    assertThat(
            ClientAddress.of("10.0.0.2", false, List.of("1.2.3.4, 203.0.113.7"), null, PROXY)
                .address())
        .isEqualTo("203.0.113.7");
    assertThat(
            ClientAddress.of("10.0.0.2", false, List.of("1.2.3.4", "203.0.113.7"), null, PROXY)
                .address())
        .isEqualTo("203.0.113.7");
  }

  @Test
  void aTrustedProxyWithoutForwardingHeadersIsTheClient() {
    assertThat(ClientAddress.of("10.0.0.2", true, List.of(), null, PROXY))
        .isEqualTo(new ClientAddress("10.0.0.2", true));
  }
}
