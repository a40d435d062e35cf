package dev.trustportal.portal.signerrequest;

/**
 * Where a signer request stands: waiting for an owner or admin, accepted (a change was filed),
 * declined.
 */
public enum SignerRequestState {
  PENDING,
  ACCEPTED,
  DECLINED;

  /** The state a client names, in any case; anything else is refused with the states allowed. */
  public static SignerRequestState parse(String name) {
    for (SignerRequestState state : values()) {
      if (name != null && state.name().equalsIgnoreCase(name.strip())) {
        return state;
      }
    }
    throw new InvalidSignerRequestStateException(name);
  }
}
