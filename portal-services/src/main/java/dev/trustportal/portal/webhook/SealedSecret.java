package dev.trustportal.portal.webhook;

/** A webhook's secret encrypted under the key-encryption key (AES-256-GCM, tag appended). */
public record SealedSecret(String kekId, byte[] nonce, byte[] ciphertext) {

  public SealedSecret {
    nonce = nonce.clone();
    ciphertext = ciphertext.clone();
  }

  @Override
  public byte[] nonce() {
    return nonce.clone();
  }

  @Override
  public byte[] ciphertext() {
    return ciphertext.clone();
  }
}
