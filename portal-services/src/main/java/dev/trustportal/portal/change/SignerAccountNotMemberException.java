package dev.trustportal.portal.change;

import dev.trustportal.portal.common.PortalException;

/** A signer was to be linked to an account that is no member of the repository's organisation. */
public final class SignerAccountNotMemberException extends PortalException {

  private static final long serialVersionUID = 1L;

  public SignerAccountNotMemberException(String organisation, String username) {
    super(
        "signer_account_not_member",
        "'"
            + username
            + "' is no member of '"
            + organisation
            + "': a signer can be linked only to an account of the organisation (add it as a member"
            + " first).",
        username,
        organisation);
  }

  @Override
  public Kind kind() {
    return Kind.INVALID_INPUT;
  }
}
