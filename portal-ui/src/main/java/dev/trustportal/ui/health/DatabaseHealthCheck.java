package dev.trustportal.ui.health;

import dev.trustportal.portal.platform.PlatformStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the portal's PostgreSQL database answers a query. */
@Readiness
@ApplicationScoped
public class DatabaseHealthCheck implements HealthCheck {

  private final PlatformStatus platform;

  @Inject
  DatabaseHealthCheck(PlatformStatus platform) {
    this.platform = platform;
  }

  /** For the CDI client proxy only. */
  protected DatabaseHealthCheck() {
    this(null);
  }

  @Override
  public HealthCheckResponse call() {
    return ComponentHealth.of(platform.database());
  }
}
