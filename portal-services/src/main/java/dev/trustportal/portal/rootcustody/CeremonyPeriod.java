package dev.trustportal.portal.rootcustody;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long a root ceremony stays open for touches: {@code portal.root-ceremony.open-period} (an
 * ISO-8601 duration, environment variable {@code PORTAL_ROOT_CEREMONY_OPEN_PERIOD}), 24 hours by
 * default. Past it the expiry job closes the ceremony unpublished.
 */
@ApplicationScoped
public class CeremonyPeriod {

  static final Duration DEFAULT = Duration.ofHours(24);

  private final Duration length;

  @Inject
  CeremonyPeriod(
      @ConfigProperty(name = "portal.root-ceremony.open-period", defaultValue = "PT24H")
          String configured) {
    this.length = parse(configured);
  }

  /** For the CDI client proxy only. */
  protected CeremonyPeriod() {
    this.length = DEFAULT;
  }

  public Duration length() {
    return length;
  }

  static Duration parse(String configured) {
    try {
      Duration parsed = Duration.parse(configured.trim());
      if (parsed.isNegative() || parsed.isZero()) {
        throw new IllegalArgumentException(
            "portal.root-ceremony.open-period must be positive, not " + configured);
      }
      return parsed;
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "portal.root-ceremony.open-period must be an ISO-8601 duration such as PT24H, not "
              + configured,
          e);
    }
  }
}
