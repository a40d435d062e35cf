package dev.trustportal.portal.securitykey;

import java.util.Optional;

/** The persistence gateway of the platform's attestation policy: at most one row. */
public interface PlatformAttestationSettings {

  Optional<PlatformAttestationSetting> find();

  void store(PlatformAttestationSetting setting);
}
