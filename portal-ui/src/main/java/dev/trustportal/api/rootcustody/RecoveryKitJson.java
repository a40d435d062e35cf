package dev.trustportal.api.rootcustody;

import dev.trustportal.portal.rootcustody.RecoveryKit;

/** A custodian's root key as notary's encrypted key file, for {@code notary key import}. */
public record RecoveryKitJson(String gun, String keyId, String fileName, String keyFile) {

  static RecoveryKitJson of(RecoveryKit kit) {
    return new RecoveryKitJson(kit.gun(), kit.keyId(), kit.fileName(), kit.keyFile());
  }
}
