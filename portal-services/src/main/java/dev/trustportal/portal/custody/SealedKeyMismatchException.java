package dev.trustportal.portal.custody;

/**
 * A sealed key did not open for the key it is claimed to be: its ciphertext, nonce or tag was
 * changed, or it was sealed for another repository, role or key ID (AES-GCM cannot tell these
 * apart, and for the caller they mean the same thing: the row must not be trusted).
 */
public final class SealedKeyMismatchException extends KeyCustodyException {

  private static final long serialVersionUID = 1L;

  private final transient KeyRef ref;
  private final String kekId;

  public SealedKeyMismatchException(KeyRef ref, String kekId, Throwable cause) {
    super(
        "The sealed key "
            + ref
            + " does not open under "
            + kekId
            + ": it was altered or sealed for another repository, role or key",
        cause);
    this.ref = ref;
    this.kekId = kekId;
  }

  public KeyRef ref() {
    return ref;
  }

  public String kekId() {
    return kekId;
  }
}
