package dev.trustportal.notary.tuf;

/** Wire constants of notary's TUF dialect (tuf/data/types.go), kept in one place. */
public final class Wire {
  public static final String TYPE_ROOT = "Root";
  public static final String TYPE_TARGETS = "Targets";
  public static final String TYPE_SNAPSHOT = "Snapshot";
  public static final String TYPE_TIMESTAMP = "Timestamp";

  public static final String METHOD_ECDSA = "ecdsa";
  public static final String METHOD_RSAPSS = "rsapss";
  public static final String METHOD_EDDSA = "eddsa";

  public static final String KEY_ECDSA = "ecdsa";
  public static final String KEY_ECDSA_X509 = "ecdsa-x509";
  public static final String KEY_RSA = "rsa";
  public static final String KEY_RSA_X509 = "rsa-x509";
  public static final String KEY_ED25519 = "ed25519";

  public static final String HASH_SHA256 = "sha256";
  public static final String HASH_SHA512 = "sha512";

  private Wire() {}

  public static boolean isX509(String keyType) {
    return KEY_ECDSA_X509.equals(keyType) || KEY_RSA_X509.equals(keyType);
  }
}
