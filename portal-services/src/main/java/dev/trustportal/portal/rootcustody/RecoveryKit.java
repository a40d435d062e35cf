package dev.trustportal.portal.rootcustody;

/**
 * A custodian's root key of a repository as notary's encrypted key file (PEM {@code ENCRYPTED
 * PRIVATE KEY}, PBES2, headers {@code role: root}, {@code gun}, {@code path}), which {@code notary
 * key import} reads; its passphrase is the custodian's and was not kept.
 */
public record RecoveryKit(String gun, String keyId, String keyFile) {

  /** The file name notary gives such a key: its canonical key ID. */
  public String fileName() {
    return keyId + ".key";
  }
}
