package dev.trustportal.portal.audit;

import dev.trustportal.portal.common.PortalException;

/** An audit chain was asked for an organisation that does not exist. */
public final class UnknownChainException extends PortalException {

  private static final long serialVersionUID = 1L;

  UnknownChainException(String organisation) {
    // The same code and text as any other unknown organisation: the caller asked for one.
    super("not_found", "There is no organisation named '" + organisation + "'.", organisation);
  }

  @Override
  public Kind kind() {
    return Kind.NOT_FOUND;
  }
}
