package dev.trustportal.portal.publishing.internal;

import dev.trustportal.notary.NotaryBridge;
import dev.trustportal.portal.custody.internal.HeldSigningKeys;
import dev.trustportal.portal.publishing.NotaryEndpoint;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;

/**
 * Makes the one {@link NotaryBridge} of the application injectable: configured from {@link
 * NotaryEndpoint}, signing with the keys custody holds, and on the injectable clock. The bridge is
 * thread-safe when its SigningKeys are, and HeldSigningKeys is, so one instance serves every caller.
 */
@ApplicationScoped
class NotaryBridgeProducer {

  private final NotaryEndpoint endpoint;
  private final HeldSigningKeys keys;
  private final Clock clock;
  private volatile NotaryBridge bridge;

  @Inject
  NotaryBridgeProducer(NotaryEndpoint endpoint, HeldSigningKeys keys, Clock clock) {
    this.endpoint = endpoint;
    this.keys = keys;
    this.clock = clock;
  }

  /** For the CDI client proxy only. */
  protected NotaryBridgeProducer() {
    this(null, null, null);
  }

  // Dependent scope: NotaryBridge is final and cannot have a client proxy; the instance is shared anyway.
  // Built on first use, so that a deployment without notary settings still starts.
  @Produces
  NotaryBridge bridge() {
    NotaryBridge current = bridge;
    if (current == null) {
      synchronized (this) {
        if (bridge == null) {
          bridge = new NotaryBridge(endpoint.serverConfig(), keys, clock);
        }
        current = bridge;
      }
    }
    return current;
  }
}
