package dev.trustportal.portal.signer;

import dev.trustportal.portal.common.PortalException;

/** A proposed signer name that docker trust and notary would not accept as a signer role. */
public final class InvalidSignerNameException extends PortalException {

  private static final long serialVersionUID = 1L;

  private static final String EXPECTED =
      "use up to "
          + SignerName.MAX_LENGTH
          + " lowercase letters, digits, '-' or '_', starting with a"
          + " letter or digit (for example 'alice' or 'ci-bot').";

  private final String messageKey;

  private InvalidSignerNameException(String messageKey, String message, Object... arguments) {
    super("invalid_signer_name", message, arguments);
    this.messageKey = messageKey;
  }

  static InvalidSignerNameException empty() {
    return new InvalidSignerNameException(
        "error.invalid_signer_name.empty", "Signer name is empty: " + EXPECTED);
  }

  static InvalidSignerNameException tooLong(int length, int allowed) {
    return new InvalidSignerNameException(
        "error.invalid_signer_name.too_long",
        "Signer name is "
            + length
            + " characters long, more than the "
            + allowed
            + " allowed: "
            + EXPECTED,
        length,
        allowed);
  }

  static InvalidSignerNameException notAName(String value) {
    return new InvalidSignerNameException(
        "error.invalid_signer_name",
        "Signer name '" + value + "' is not valid: " + EXPECTED,
        value);
  }

  static InvalidSignerNameException reserved(String value) {
    return new InvalidSignerNameException(
        "error.invalid_signer_name.reserved",
        "Signer name '"
            + value
            + "' is reserved for the role every signer's key is in (targets/releases):"
            + " choose another name.",
        value);
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
