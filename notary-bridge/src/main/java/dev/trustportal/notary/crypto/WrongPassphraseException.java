package dev.trustportal.notary.crypto;

import dev.trustportal.notary.tuf.TrustDataException;

/** An encrypted private key could not be decrypted with the given passphrase. */
public final class WrongPassphraseException extends TrustDataException {
  public WrongPassphraseException(Throwable cause) {
    super(null, "could not decrypt private key: wrong passphrase or corrupt data", cause);
  }
}
