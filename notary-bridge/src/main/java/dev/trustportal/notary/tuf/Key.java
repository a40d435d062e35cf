package dev.trustportal.notary.tuf;

import java.util.Set;

/**
 * A public key as it appears in metadata: {@code
 * {"keytype":…,"keyval":{"private":null,"public":"<base64>"}}}. {@code publicValue} is kept as the
 * exact base64 text because the key ID hashes it (facts §6).
 */
public record Key(String keyType, String publicValue) {
  private static final Set<String> TYPES =
      Set.of(
          Wire.KEY_ECDSA, Wire.KEY_ECDSA_X509, Wire.KEY_RSA, Wire.KEY_RSA_X509, Wire.KEY_ED25519);

  public Key {
    if (!TYPES.contains(keyType)) {
      throw new IllegalArgumentException("unsupported key type: " + keyType);
    }
    if (publicValue == null || publicValue.isEmpty()) {
      throw new IllegalArgumentException("key has no public value");
    }
  }

  public Bytes publicBytes() {
    return Bytes.fromBase64(publicValue);
  }
}
