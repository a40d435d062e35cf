package dev.trustportal.notary.crypto;

import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.KeyId;
import java.security.PrivateKey;

/** A private key with the public key object it signs as (plain or x509 form). */
public record SigningKey(Key publicKey, PrivateKey privateKey) {
  public KeyId keyId() {
    return KeyIds.of(publicKey);
  }

  public KeyId canonicalId() {
    return KeyIds.canonical(publicKey);
  }
}
