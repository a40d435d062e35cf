package dev.trustportal.portal.repository;

import dev.trustportal.portal.common.PortalException;

/** A proposed repository name that cannot be a registry repository path. */
public final class InvalidRepositoryNameException extends PortalException {

  private static final long serialVersionUID = 1L;

  private static final String EXPECTED =
      "use lowercase letters or digits, optionally separated by '.', '_', '__' or '-', in one or"
          + " more components joined by '/' (for example 'api' or 'team/api').";

  private final String messageKey;

  private InvalidRepositoryNameException(String messageKey, String message, Object... arguments) {
    super("invalid_name", message, arguments);
    this.messageKey = messageKey;
  }

  static InvalidRepositoryNameException empty() {
    return new InvalidRepositoryNameException(
        "error.invalid_name.repository.empty", "Repository name is empty: " + EXPECTED);
  }

  /** Too long on its own, or for the GUN ({@code <registry>/<organisation>/<name>}) it makes. */
  static InvalidRepositoryNameException tooLong(String value, int length, int allowed) {
    return new InvalidRepositoryNameException(
        "error.invalid_name.repository.too_long",
        "Repository name is "
            + length
            + " characters long, more than the "
            + allowed
            + " that fit in its GUN of at most 255 characters: choose a shorter name.",
        length,
        allowed);
  }

  static InvalidRepositoryNameException notAPath(String value) {
    return new InvalidRepositoryNameException(
        "error.invalid_name.repository",
        "Repository name '" + value + "' is not valid: " + EXPECTED,
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
