package dev.trustportal.portal.custody;

import dev.trustportal.portal.common.PortalException;

/**
 * A custodian's touch did not open the root key wrapped for them: the PRF output is not the one of
 * the enrolled security key (another key, another salt, a client that made it up), or the wrapped
 * key was altered or bound to another custodian, key or repository. Nothing was signed.
 */
public final class RootKeyNotOpenedException extends PortalException {

  private static final long serialVersionUID = 1L;

  public RootKeyNotOpenedException(String why) {
    super(
        "root_key_not_opened",
        "The security key's PRF output does not open the root key wrapped for it: "
            + why
            + ". Touch the security key you enrolled as custodian.",
        why);
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
