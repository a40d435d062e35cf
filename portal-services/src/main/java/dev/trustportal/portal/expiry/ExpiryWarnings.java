package dev.trustportal.portal.expiry;

import dev.trustportal.portal.repository.TrustDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * What the trust page warns of: the roles it shows that expire within the radar's window, the
 * nearest first, with the days left. The same window as the radar's announcements.
 */
@ApplicationScoped
public class ExpiryWarnings {

  private final ExpirySettings settings;
  private final Clock clock;

  @Inject
  ExpiryWarnings(ExpirySettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** For the CDI client proxy only. */
  protected ExpiryWarnings() {
    this(null, null);
  }

  public List<ExpiringRole> of(TrustDetails trust) {
    return settings.window().expiring(RoleExpiries.of(trust), clock.instant());
  }
}
