package dev.trustportal.ui.security.oidc;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;

/**
 * Whether single sign-on is switched on ({@code portal.oidc.issuer} is set) and, if so, its checked
 * configuration. A wrong configuration does not stop the portal: single sign-on then reports it at
 * every attempt, and the break-glass admin can still sign in.
 */
@ApplicationScoped
public class OidcSettings {

  private final Config config;
  private volatile OidcConfig checked;

  @Inject
  OidcSettings(Config config) {
    this.config = config;
  }

  /** For the CDI client proxy only. */
  protected OidcSettings() {
    this.config = null;
  }

  public boolean enabled() {
    return config
        .getOptionalValue(OidcConfig.PREFIX + "issuer", String.class)
        .filter(issuer -> !issuer.isBlank())
        .isPresent();
  }

  /**
   * @throws OidcUnavailableException if single sign-on is off or its configuration is incomplete or
   *     wrong, saying which key and what it expects
   */
  public OidcConfig config() {
    OidcConfig known = checked;
    if (known == null) {
      known = OidcConfig.from(key -> config.getOptionalValue(key, String.class));
      checked = known;
    }
    return known;
  }
}
