package dev.trustportal.portal.membership;

import dev.trustportal.portal.common.PortalException;
import java.util.Locale;

/** Removing or demoting the only owner would leave nobody to approve changes of trust. */
public final class LastOwnerException extends PortalException {

  private static final long serialVersionUID = 1L;

  /** What the caller tried to do to the last owner. */
  enum Change {
    REMOVE,
    DEMOTE
  }

  private final String messageKey;

  LastOwnerException(String organisation, String username, Change change) {
    super(
        "last_owner",
        "'"
            + username
            + "' is the last owner of '"
            + organisation
            + "' and cannot be "
            + (change == Change.REMOVE ? "removed" : "demoted")
            + ": an organisation needs an owner to approve changes of trust. Make another member an"
            + " owner first.",
        username,
        organisation);
    this.messageKey = "error.last_owner." + change.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String messageKey() {
    return messageKey;
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
