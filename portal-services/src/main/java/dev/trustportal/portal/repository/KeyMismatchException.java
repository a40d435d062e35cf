package dev.trustportal.portal.repository;

/**
 * A key file opened fine, but its key is not a key of the role it was given for in the root.json
 * that notary-server publishes for the GUN.
 */
public final class KeyMismatchException extends KeyFileException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  private KeyMismatchException(
      KeyRole role, String messageKey, String message, Object... arguments) {
    super(role, "key_mismatch", message, arguments);
    this.messageKey = messageKey;
  }

  /** Neither of this role nor of any other; {@code expected} lists the role's canonical key IDs. */
  static KeyMismatchException notOfRole(KeyRole role, String keyId, String gun, String expected) {
    return new KeyMismatchException(
        role,
        "error.key_mismatch",
        "The key given as the "
            + role.wireName()
            + " key (ID "
            + keyId
            + ") is not a "
            + role.wireName()
            + " key of "
            + gun
            + ": its published root.json expects "
            + expected
            + ".",
        role.wireName(),
        keyId,
        gun,
        expected);
  }

  /** The key of another role of the same repository: most likely the files were swapped. */
  static KeyMismatchException ofOtherRole(
      KeyRole role, String keyId, String gun, String otherRole) {
    return new KeyMismatchException(
        role,
        "error.key_mismatch.other_role",
        "The key given as the "
            + role.wireName()
            + " key (ID "
            + keyId
            + ") is the "
            + otherRole
            + " key of "
            + gun
            + ", not its "
            + role.wireName()
            + " key: were the files swapped?",
        role.wireName(),
        keyId,
        gun,
        otherRole);
  }

  /** The file's own {@code gun} header names another repository. */
  static KeyMismatchException ofOtherGun(KeyRole role, String keyId, String gun, String fileGun) {
    return new KeyMismatchException(
        role,
        "error.key_mismatch.other_gun",
        "The key given as the "
            + role.wireName()
            + " key (ID "
            + keyId
            + ") is not a "
            + role.wireName()
            + " key of "
            + gun
            + ": the file says it belongs to "
            + fileGun
            + ".",
        role.wireName(),
        keyId,
        gun,
        fileGun);
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
