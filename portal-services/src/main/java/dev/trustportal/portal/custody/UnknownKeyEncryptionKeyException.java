package dev.trustportal.portal.custody;

/**
 * A sealed key names a key-encryption key other than the one configured (another keystore or
 * alias).
 */
public final class UnknownKeyEncryptionKeyException extends KeyCustodyException {

  private static final long serialVersionUID = 1L;

  private final transient KeyRef ref;
  private final String sealedUnder;
  private final String configured;

  public UnknownKeyEncryptionKeyException(KeyRef ref, String sealedUnder, String configured) {
    super(
        "The key "
            + ref
            + " is sealed under "
            + sealedUnder
            + " but the configured key-encryption key is "
            + configured);
    this.ref = ref;
    this.sealedUnder = sealedUnder;
    this.configured = configured;
  }

  public KeyRef ref() {
    return ref;
  }

  public String sealedUnder() {
    return sealedUnder;
  }

  public String configured() {
    return configured;
  }
}
