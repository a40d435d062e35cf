package dev.trustportal.portal.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where the platform's accounts come from: made here by platform admins (the embedded default), or
 * from the identity provider at a person's first sign-in, once single sign-on is configured ({@code
 * portal.oidc.issuer} set, the switch the web tier's single sign-on reads too).
 */
@ApplicationScoped
public class AccountOrigin {

  private final boolean identityProvider;

  @Inject
  AccountOrigin(@ConfigProperty(name = "portal.oidc.issuer") Optional<String> issuer) {
    this.identityProvider = issuer.filter(value -> !value.isBlank()).isPresent();
  }

  /** For the CDI client proxy only. */
  protected AccountOrigin() {
    this.identityProvider = false;
  }

  /** Whether accounts come from the identity provider, so that none is created locally. */
  public boolean identityProvider() {
    return identityProvider;
  }

  static AccountOrigin local() {
    return new AccountOrigin(Optional.empty());
  }
}
