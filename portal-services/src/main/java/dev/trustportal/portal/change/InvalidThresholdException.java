package dev.trustportal.portal.change;

import dev.trustportal.portal.common.PortalException;

/** A threshold below 1 or above the number of keys of its role. */
public final class InvalidThresholdException extends PortalException {

  private static final long serialVersionUID = 1L;

  public InvalidThresholdException(String role, int threshold, int keys) {
    super(
        "invalid_threshold",
        "Threshold "
            + threshold
            + " is not valid for "
            + role
            + ", which has "
            + keys
            + (keys == 1 ? " key" : " keys")
            + ": use a number from 1 to "
            + keys
            + ".",
        role,
        threshold,
        keys);
  }

  @Override
  public String messageKey() {
    return "error.invalid_threshold";
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
