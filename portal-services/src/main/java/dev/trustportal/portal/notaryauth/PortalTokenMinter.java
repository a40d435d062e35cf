package dev.trustportal.portal.notaryauth;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.portal.publishing.PortalTokens;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;

/**
 * Mints the portal's own tokens for the notary bridge: every action on a GUN, or the catalog (the
 * changefeed of every GUN), as {@link NotaryTokenService#PORTAL_SUBJECT}.
 */
@ApplicationScoped
class PortalTokenMinter implements PortalTokens {

  // Field injection: TokenSettings reads its key lazily, on first use.
  @Inject TokenSettings settings;
  @Inject Clock clock;

  @Override
  public String forPortal(Gun gun) {
    Scope all = new Scope(Scope.REPOSITORY, gun.value(), List.of(Scope.ALL));
    return settings
        .minter()
        .mint(NotaryTokenService.PORTAL_SUBJECT, List.of(all), clock.instant())
        .token();
  }

  @Override
  public String forCatalog() {
    Scope catalog = new Scope("registry", "catalog", List.of(Scope.ALL));
    return settings
        .minter()
        .mint(NotaryTokenService.PORTAL_SUBJECT, List.of(catalog), clock.instant())
        .token();
  }
}
