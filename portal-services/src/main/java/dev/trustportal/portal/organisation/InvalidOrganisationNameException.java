package dev.trustportal.portal.organisation;

import dev.trustportal.portal.common.PortalException;

/** A proposed organisation name that cannot be a registry path component. */
public final class InvalidOrganisationNameException extends PortalException {

  private static final long serialVersionUID = 1L;

  private static final String EXPECTED =
      "use 1 to 255 lowercase letters or digits, optionally separated by '.', '_', '__' or '-'"
          + " (for example 'acme-labs').";

  private final String messageKey;

  private InvalidOrganisationNameException(String messageKey, String message, Object... arguments) {
    super("invalid_name", message, arguments);
    this.messageKey = messageKey;
  }

  static InvalidOrganisationNameException empty() {
    return new InvalidOrganisationNameException(
        "error.invalid_name.empty", "Organisation name is empty: " + EXPECTED);
  }

  static InvalidOrganisationNameException tooLong(int length) {
    return new InvalidOrganisationNameException(
        "error.invalid_name.too_long",
        "Organisation name is "
            + length
            + " characters long, more than the "
            + OrganisationName.MAX_LENGTH
            + " allowed: "
            + EXPECTED,
        length,
        OrganisationName.MAX_LENGTH);
  }

  static InvalidOrganisationNameException notAPathComponent(String value) {
    return new InvalidOrganisationNameException(
        "error.invalid_name", "Organisation name '" + value + "' is not valid: " + EXPECTED, value);
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
