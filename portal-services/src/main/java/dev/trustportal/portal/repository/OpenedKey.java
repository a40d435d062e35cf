package dev.trustportal.portal.repository;

import dev.trustportal.notary.tuf.KeyId;
import java.security.PrivateKey;
import java.util.Map;
import java.util.Optional;

/**
 * A decrypted key file: the private key, its canonical key ID (the ID of the plain public key, by
 * which notary names the file and the portal holds the key) and the file's PEM headers.
 */
record OpenedKey(
    KeyRole role, PrivateKey privateKey, KeyId canonicalId, Map<String, String> headers) {

  OpenedKey {
    headers = Map.copyOf(headers);
  }

  /** The GUN the file says it belongs to; notary writes none for root keys (facts §8). */
  Optional<String> gunHeader() {
    return Optional.ofNullable(headers.get("gun"));
  }

  @Override
  public String toString() {
    return "OpenedKey[" + role + " " + canonicalId.value() + "]";
  }
}
