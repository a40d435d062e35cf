package dev.trustportal.portal.rootcustody;

import dev.trustportal.portal.custody.WrappedRootKey;

/**
 * A custodian's root key of a repository as stored: its canonical key ID, certificate (DER) and
 * wrap.
 */
public record StoredRootKey(
    String keyId, long securityKeyId, byte[] certificate, WrappedRootKey wrapped) {

  public StoredRootKey {
    certificate = certificate.clone();
  }

  @Override
  public byte[] certificate() {
    return certificate.clone();
  }
}
