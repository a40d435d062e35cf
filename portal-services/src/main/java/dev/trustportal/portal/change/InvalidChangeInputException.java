package dev.trustportal.portal.change;

import dev.trustportal.portal.common.PortalException;

/** A role name, key ID or threshold in a request that cannot name what it should. */
public final class InvalidChangeInputException extends PortalException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  private InvalidChangeInputException(
      String code, String messageKey, String message, Object... arguments) {
    super(code, message, arguments);
    this.messageKey = messageKey;
  }

  static InvalidChangeInputException role(String role) {
    return new InvalidChangeInputException(
        "invalid_role_name",
        "error.invalid_role_name",
        "'"
            + role
            + "' names no role whose threshold can be set here: use 'releases' (targets/releases)"
            + " or a signer's name (targets/<signer>). Root, targets, snapshot and timestamp"
            + " thresholds are not changed through signer requests.",
        role);
  }

  static InvalidChangeInputException keyId(String keyId) {
    return new InvalidChangeInputException(
        "invalid_key_id",
        "error.invalid_key_id",
        "'"
            + keyId
            + "' is not a key ID: use the 64 lowercase hexadecimal digits of the key's ID as the"
            + " trust data lists it (or its canonical ID as the notary CLI prints it).",
        keyId);
  }

  /** A state filter that names no {@link ChangeState}. */
  public static InvalidChangeInputException state(String state) {
    return new InvalidChangeInputException(
        "invalid_state",
        "error.invalid_state",
        "'"
            + state
            + "' is not a change state: use one of "
            + java.util.Arrays.toString(ChangeState.values())
            + ".",
        state);
  }

  /** A request without a threshold. */
  public static InvalidChangeInputException missingThreshold() {
    return new InvalidChangeInputException(
        "invalid_threshold",
        "error.invalid_threshold.missing",
        "No threshold given: send a whole number of 1 or more, such as {\"threshold\": 2}.");
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
