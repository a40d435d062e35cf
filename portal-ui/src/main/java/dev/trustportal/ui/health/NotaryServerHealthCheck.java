package dev.trustportal.ui.health;

import dev.trustportal.portal.platform.PlatformStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when notary-server answers its health endpoint. */
@Readiness
@ApplicationScoped
public class NotaryServerHealthCheck implements HealthCheck {

  private final PlatformStatus platform;

  @Inject
  NotaryServerHealthCheck(PlatformStatus platform) {
    this.platform = platform;
  }

  /** For the CDI client proxy only. */
  protected NotaryServerHealthCheck() {
    this(null);
  }

  @Override
  public HealthCheckResponse call() {
    return ComponentHealth.of(platform.notaryServer());
  }
}
