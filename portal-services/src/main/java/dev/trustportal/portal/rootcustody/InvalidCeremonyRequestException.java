package dev.trustportal.portal.rootcustody;

import dev.trustportal.portal.common.PortalException;

/** See the message: a request to open a root ceremony that names no repository or operation. */
public final class InvalidCeremonyRequestException extends PortalException {

  private static final long serialVersionUID = 1L;

  public InvalidCeremonyRequestException(String why) {
    super(
        "invalid_root_ceremony",
        "No root ceremony opened: "
            + why
            + ". Expected {\"repository\": \"<name>\", \"operation\": \"ROTATE_ROOT\"},"
            + " \"ROTATE_TARGETS_KEY\", \"ROTATE_SNAPSHOT_KEY\", \"RETURN_ROOT_TO_SERVER\" or"
            + " \"HAND_ROOT_TO_CUSTODIANS\".",
        why);
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
