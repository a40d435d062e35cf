package dev.trustportal.ui.health;

import dev.trustportal.portal.platform.PlatformStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready when notary-signer accepts a mutual TLS connection with the portal's client certificate.
 */
@Readiness
@ApplicationScoped
public class NotarySignerHealthCheck implements HealthCheck {

  private final PlatformStatus platform;

  @Inject
  NotarySignerHealthCheck(PlatformStatus platform) {
    this.platform = platform;
  }

  /** For the CDI client proxy only. */
  protected NotarySignerHealthCheck() {
    this(null);
  }

  @Override
  public HealthCheckResponse call() {
    return ComponentHealth.of(platform.notarySigner());
  }
}
