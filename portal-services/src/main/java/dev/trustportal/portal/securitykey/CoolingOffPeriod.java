package dev.trustportal.portal.securitykey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a newly registered security key waits before it counts for an organisation's approvals
 * without another owner's confirmation: {@code portal.security-key.cooling-off-hours} (environment
 * {@code PORTAL_SECURITY_KEY_COOLING_OFF_HOURS}), 72 hours by default, 0 to 8760.
 */
@ApplicationScoped
public class CoolingOffPeriod {

  static final int DEFAULT_HOURS = 72;
  private static final int MAX_HOURS = 8760;

  private final Duration period;

  @Inject
  public CoolingOffPeriod(
      @ConfigProperty(name = "portal.security-key.cooling-off-hours", defaultValue = "72")
          int hours) {
    if (hours < 0 || hours > MAX_HOURS) {
      throw new IllegalArgumentException(
          "portal.security-key.cooling-off-hours is "
              + hours
              + ": use 0 to "
              + MAX_HOURS
              + " hours (72 by default).");
    }
    this.period = Duration.ofHours(hours);
  }

  /** For the CDI client proxy only. */
  protected CoolingOffPeriod() {
    this.period = Duration.ofHours(DEFAULT_HOURS);
  }

  public Duration period() {
    return period;
  }
}
