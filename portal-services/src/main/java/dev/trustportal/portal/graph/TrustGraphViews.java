package dev.trustportal.portal.graph;

import dev.trustportal.portal.expiry.ExpirySettings;
import dev.trustportal.portal.repository.TrustDetails;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;

/** The trust graph of trust data read now, marked with the radar's warning window. */
@ApplicationScoped
public class TrustGraphViews {

  private final ExpirySettings settings;
  private final Clock clock;

  @Inject
  TrustGraphViews(ExpirySettings settings, Clock clock) {
    this.settings = settings;
    this.clock = clock;
  }

  /** For the CDI client proxy only. */
  protected TrustGraphViews() {
    this(null, null);
  }

  public TrustGraph of(TrustDetails trust) {
    return TrustGraphs.of(trust, settings.window(), clock.instant());
  }
}
