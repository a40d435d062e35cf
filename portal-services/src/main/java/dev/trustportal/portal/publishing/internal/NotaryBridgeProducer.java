package dev.trustportal.portal.publishing.internal;

import dev.trustportal.notary.NotaryBridge;
import dev.trustportal.portal.custody.internal.HeldSigningKeys;
import dev.trustportal.portal.publishing.NotaryEndpoint;
import dev.trustportal.portal.publishing.PortalTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the one {@link NotaryBridge} of the application injectable: configured from {@link
 * NotaryEndpoint}, signing with the keys custody holds, answering notary-server's token challenges
 * with tokens the portal mints for itself ({@code *} on the GUN: the portal is its own token
 * service), and on the injectable clock. The bridge is thread-safe when its SigningKeys are, and
 * HeldSigningKeys is, so one instance serves every caller.
 */
@ApplicationScoped
class NotaryBridgeProducer {

  private final NotaryEndpoint endpoint;
  private final HeldSigningKeys keys;
  private final Clock clock;
  private final PortalTokens tokens;
  private volatile NotaryBridge bridge;

  /**
   * How long the targets, delegations and snapshot the portal signs are valid ({@code
   * portal.signing.targets-lifetime}, {@code PORTAL_SIGNING_TARGETS_LIFETIME}; notary's P1095D).
   */
  @Inject
  @ConfigProperty(name = "portal.signing.targets-lifetime", defaultValue = "P1095D")
  Duration targetsLifetime;

  /**
   * How long the roots the portal makes and re-signs are valid ({@code
   * portal.signing.root-lifetime}, {@code PORTAL_SIGNING_ROOT_LIFETIME}; notary's P3650D), at most
   * as long as their root keys' certificates.
   */
  @Inject
  @ConfigProperty(name = "portal.signing.root-lifetime", defaultValue = "P3650D")
  Duration rootLifetime;

  @Inject
  NotaryBridgeProducer(
      NotaryEndpoint endpoint, HeldSigningKeys keys, Clock clock, PortalTokens tokens) {
    this.endpoint = endpoint;
    this.keys = keys;
    this.clock = clock;
    this.tokens = tokens;
  }

  /** For the CDI client proxy only. */
  protected NotaryBridgeProducer() {
    this(null, null, null, null);
  }

  // Dependent scope: NotaryBridge is final and cannot have a client proxy; the instance is shared
  // anyway.
  // Built on first use, so that a deployment without notary settings still starts.
  @Produces
  NotaryBridge bridge() {
    NotaryBridge current = bridge;
    if (current == null) {
      synchronized (this) {
        if (bridge == null) {
          bridge =
              new NotaryBridge(
                  endpoint.serverConfig().withBearerTokens(tokens::forPortal),
                  keys,
                  clock,
                  targetsLifetime,
                  rootLifetime);
        }
        current = bridge;
      }
    }
    return current;
  }
}
