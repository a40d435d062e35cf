package dev.trustportal.portal.repository;

/** The passphrase given with a key file does not decrypt it. */
public final class WrongKeyPassphraseException extends KeyFileException {

  private static final long serialVersionUID = 1L;

  WrongKeyPassphraseException(KeyRole role) {
    super(
        role,
        "wrong_passphrase",
        "The passphrase does not decrypt the "
            + role.wireName()
            + " key: give the passphrase notary asked for"
            + " when it made the key (NOTARY_"
            + role.name()
            + "_PASSPHRASE).",
        role.wireName(),
        role.name());
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
