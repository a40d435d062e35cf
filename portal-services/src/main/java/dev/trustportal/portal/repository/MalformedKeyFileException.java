package dev.trustportal.portal.repository;

/** A key file that is missing, or is no private key notary could have written. */
public final class MalformedKeyFileException extends KeyFileException {

  private static final long serialVersionUID = 1L;

  private static final String EXPECTED =
      "upload the file from the private/ directory of the notary trust directory (PEM ENCRYPTED"
          + " PRIVATE KEY).";

  private final String messageKey;

  private MalformedKeyFileException(
      KeyRole role, String messageKey, String message, Object... arguments) {
    super(role, "malformed_key", message, arguments);
    this.messageKey = messageKey;
  }

  static MalformedKeyFileException missing(KeyRole role) {
    return new MalformedKeyFileException(
        role,
        "error.malformed_key.missing",
        "No " + role.wireName() + " key file was given: " + EXPECTED,
        role.wireName());
  }

  static MalformedKeyFileException severalBlocks(KeyRole role, int blocks) {
    return new MalformedKeyFileException(
        role,
        "error.malformed_key.several",
        "The "
            + role.wireName()
            + " key file holds "
            + blocks
            + " PEM blocks; a notary key file holds one: "
            + EXPECTED,
        role.wireName(),
        blocks);
  }

  static MalformedKeyFileException notAPrivateKey(KeyRole role, String pemType) {
    return new MalformedKeyFileException(
        role,
        "error.malformed_key.type",
        "The "
            + role.wireName()
            + " key file holds a PEM block of type "
            + pemType
            + ", not a private key: "
            + EXPECTED,
        role.wireName(),
        pemType);
  }

  static MalformedKeyFileException unreadable(KeyRole role, String reason) {
    return new MalformedKeyFileException(
        role,
        "error.malformed_key",
        "The "
            + role.wireName()
            + " key file is not a private key notary can use ("
            + reason
            + "): "
            + EXPECTED,
        role.wireName(),
        reason);
  }

  @Override
  public String messageKey() {
    return messageKey;
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
