package dev.trustportal.ui.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The proxies whose {@code X-Forwarded-For} and {@code X-Forwarded-Proto} the portal believes:
 * {@code portal.http.trusted-proxies} (environment {@code PORTAL_HTTP_TRUSTED_PROXIES}), a
 * comma-separated list of IP addresses such as the HAProxy of docker/. None by default: then every
 * request's client is the TCP peer.
 */
@ApplicationScoped
public class TrustedProxies {

  private final Set<String> addresses;

  @Inject
  TrustedProxies(
      @ConfigProperty(name = "portal.http.trusted-proxies") Optional<String> configured) {
    this.addresses =
        configured
            .map(
                list ->
                    Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(a -> !a.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()))
            .orElse(Set.of());
  }

  /** For the CDI client proxy only. */
  protected TrustedProxies() {
    this.addresses = Set.of();
  }

  /** The client of the request, and whether it came over HTTPS. */
  public ClientAddress clientOf(HttpServletRequest request) {
    return ClientAddress.of(
        request.getRemoteAddr(),
        request.isSecure(),
        Collections.list(request.getHeaders("X-Forwarded-For")),
        request.getHeader("X-Forwarded-Proto"),
        addresses);
  }
}
