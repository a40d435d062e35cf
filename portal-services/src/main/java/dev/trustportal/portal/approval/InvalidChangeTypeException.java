package dev.trustportal.portal.approval;

import dev.trustportal.portal.change.ChangeType;
import dev.trustportal.portal.common.PortalException;
import java.util.Arrays;

/** A policy entry for a type of change that does not exist. */
public final class InvalidChangeTypeException extends PortalException {

  private static final long serialVersionUID = 1L;

  public InvalidChangeTypeException(String type) {
    super("invalid_change_type", "'" + type + "' is not a type of change: use one of "
        + Arrays.toString(ChangeType.values()) + ".", String.valueOf(type));
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
