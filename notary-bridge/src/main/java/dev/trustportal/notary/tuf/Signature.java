package dev.trustportal.notary.tuf;

/**
 * One entry of a metadata file's {@code signatures}: key ID, method and standard base64 signature.
 */
public record Signature(KeyId keyId, String method, String sig) {
  public Signature {
    if (keyId == null || method == null || sig == null) {
      throw new IllegalArgumentException("signature needs keyid, method and sig");
    }
  }
}
