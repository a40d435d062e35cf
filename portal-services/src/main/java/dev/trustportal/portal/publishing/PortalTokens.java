package dev.trustportal.portal.publishing;

import dev.trustportal.notary.tuf.Gun;

/**
 * The bearer tokens the portal presents to notary-server for its own calls on a GUN. The notary
 * token service implements it; publishing only asks, so that it does not depend on who mints them.
 */
public interface PortalTokens {

  /** A fresh token granting the portal {@code *} on the GUN. */
  String forPortal(Gun gun);

  /**
   * A fresh token granting the portal {@code registry:catalog:*}: what notary-server asks for its
   * changefeed of every GUN.
   */
  String forCatalog();
}
