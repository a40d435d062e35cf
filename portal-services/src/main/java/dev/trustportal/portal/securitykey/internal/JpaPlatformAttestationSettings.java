package dev.trustportal.portal.securitykey.internal;

import dev.trustportal.portal.securitykey.PlatformAttestationSetting;
import dev.trustportal.portal.securitykey.PlatformAttestationSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** The platform's attestation policy in PostgreSQL; runs in the caller's transaction. */
@ApplicationScoped
class JpaPlatformAttestationSettings implements PlatformAttestationSettings {

  // Field injection: @PersistenceContext cannot be a constructor parameter.
  @PersistenceContext(unitName = "portal")
  EntityManager em;

  @Override
  public Optional<PlatformAttestationSetting> find() {
    return Optional.ofNullable(em.find(PlatformAttestationSetting.class, (short) 1));
  }

  @Override
  public void store(PlatformAttestationSetting setting) {
    em.persist(setting);
    em.flush();
  }
}
