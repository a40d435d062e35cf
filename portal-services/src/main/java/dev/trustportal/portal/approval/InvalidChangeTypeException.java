package dev.trustportal.portal.approval;

import dev.trustportal.portal.common.PortalException;
import java.util.List;

/** A policy entry for a type of change that does not exist. */
public final class InvalidChangeTypeException extends PortalException {

  private static final long serialVersionUID = 1L;

  public InvalidChangeTypeException(String type, List<String> known) {
    super(
        "invalid_change_type",
        "'" + type + "' is not a type of change: use one of " + known + ".",
        String.valueOf(type));
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
