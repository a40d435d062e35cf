package dev.trustportal.portal.repository;

import dev.trustportal.portal.common.PortalException;

/** A failure that concerns one of the key files of an import; {@link #role()} says which. */
public abstract class KeyFileException extends PortalException {

  private static final long serialVersionUID = 1L;

  private final KeyRole role;

  protected KeyFileException(
      KeyRole role, String code, String englishMessage, Object... arguments) {
    super(code, englishMessage, arguments);
    this.role = role;
  }

  /** Which of the two key files (or its passphrase) is at fault. */
  public KeyRole role() {
    return role;
  }
}
