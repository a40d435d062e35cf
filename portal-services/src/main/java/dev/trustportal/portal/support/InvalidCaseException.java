package dev.trustportal.portal.support;

import dev.trustportal.portal.common.PortalException;

/** A case cannot be opened as asked: the message says what is wrong and what is expected. */
public final class InvalidCaseException extends PortalException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;

  private InvalidCaseException(String code, String message, Object... arguments) {
    this(code, "error." + code, message, arguments);
  }

  // Not varargs, so that a call with several string arguments never lands here by accident.
  private InvalidCaseException(String code, String messageKey, String message, Object[] arguments) {
    super(code, message, arguments);
    this.messageKey = messageKey;
  }

  static InvalidCaseException kind(String given) {
    return new InvalidCaseException(
        "invalid_case_kind",
        "'"
            + given
            + "' is no kind of support case; expected one"
            + " of "
            + CaseKind.allowed()
            + ".",
        String.valueOf(given),
        CaseKind.allowed());
  }

  static InvalidCaseException state(String given) {
    String states =
        String.join(", ", java.util.Arrays.stream(CaseState.values()).map(Enum::name).toList());
    return new InvalidCaseException(
        "invalid_case_state",
        "'" + given + "' is no state of a support case; expected" + " one of " + states + ".",
        given,
        states);
  }

  static InvalidCaseException gun(String given) {
    return new InvalidCaseException(
        "invalid_gun",
        "'"
            + given
            + "' is no GUN; expected <registry host>/<organisation>/<repository>, such as"
            + " registry.example.com/acme/api.",
        String.valueOf(given));
  }

  static InvalidCaseException ticket(String given) {
    return new InvalidCaseException(
        "invalid_ticket",
        "The ticket reference '"
            + given
            + "' is not valid; expected 1"
            + " to "
            + CaseInputs.MAX_TICKET
            + " letters, digits or . _ - # : /, such as SUP-1234.",
        String.valueOf(given));
  }

  static InvalidCaseException reason(int length) {
    return new InvalidCaseException(
        "invalid_reason",
        "The reason has "
            + length
            + " characters; expected "
            + CaseInputs.MIN_REASON
            + " to "
            + CaseInputs.MAX_REASON
            + " characters, saying why.",
        length);
  }

  static InvalidCaseException signerNeeded() {
    return new InvalidCaseException(
        "invalid_signer",
        "A SIGNER_KEY_LOSS case needs \"signer\" (the signer's name) and \"keyId\" (the lost key's"
            + " ID, 64 hex digits, as in the trust data or as notary prints it).");
  }

  static InvalidCaseException signerNotAllowed(CaseKind kind) {
    return new InvalidCaseException(
        "invalid_signer",
        "error.invalid_signer.not_allowed",
        "Only a SIGNER_KEY_LOSS" + " case names a signer and a key; a " + kind + " case does not.",
        new Object[] {kind.name()});
  }

  static InvalidCaseException keyId(String given) {
    return new InvalidCaseException(
        "invalid_key_id",
        "'" + given + "' is no key ID; expected 64 lowercase hex" + " digits.",
        String.valueOf(given));
  }

  static InvalidCaseException unknownSignerKey(String signer, String keyId) {
    return new InvalidCaseException(
        "unknown_signer_key",
        "The trust data has no signer '" + signer + "' with key " + keyId + ".",
        signer,
        keyId);
  }

  static InvalidCaseException rootKeyNotHeld(String gun) {
    return new InvalidCaseException(
        "root_key_not_held",
        "Neither the portal nor the organisation's custodians hold the root key of "
            + gun
            + ", so it cannot be rotated: open a TRUST_RESET case instead.",
        gun);
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
