package dev.trustportal.portal.signer;

/**
 * A signer key as a person or a client sends it: a PEM {@code PUBLIC KEY} or a PEM X.509 {@code
 * CERTIFICATE}. Exactly one of the two is set; {@link SignerKeys#parse} says so when not.
 */
public record SignerKeyInput(String publicKey, String certificate) {

  public static SignerKeyInput publicKey(String pem) {
    return new SignerKeyInput(pem, null);
  }

  public static SignerKeyInput certificate(String pem) {
    return new SignerKeyInput(null, pem);
  }

  /**
   * For a single paste or upload field: text holding a certificate goes to {@code certificate},
   * anything else to {@code publicKey}, whose parser then says what is wrong with it.
   */
  public static SignerKeyInput ofPem(String pem) {
    return pem != null && pem.contains("-----BEGIN CERTIFICATE-----")
        ? certificate(pem)
        : publicKey(pem);
  }
}
