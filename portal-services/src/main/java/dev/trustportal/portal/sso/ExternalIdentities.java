package dev.trustportal.portal.sso;

import java.util.Optional;

/** The persistence gateway of the links to the identity provider's subjects. */
public interface ExternalIdentities {

  Optional<ExternalIdentity> find(String issuer, String subject);

  /** Stores a new link and flushes it, so that a concurrent first sign-in surfaces here. */
  void store(ExternalIdentity identity);
}
