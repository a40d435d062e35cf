package dev.trustportal.portal.change;

/**
 * Where a change request is on its way: {@code FILED -> APPROVED -> PUBLISHING -> PUBLISHED}, or it
 * ends {@code REJECTED} (by an owner) or {@code FAILED} (it could not be applied any more; the
 * reason is kept). A quorum of 0 approvals takes a request from FILED to APPROVED when it is filed.
 * PUBLISHING is the short time a worker applies it; a request that could not reach notary-server
 * goes back to APPROVED with its next attempt scheduled.
 */
public enum ChangeState {
  FILED,
  APPROVED,
  PUBLISHING,
  PUBLISHED,
  REJECTED,
  FAILED;

  /**
   * The state with this name, ignoring case, as API clients send it.
   *
   * @throws InvalidChangeInputException if no state has the name
   */
  public static ChangeState parse(String name) {
    for (ChangeState state : values()) {
      if (name != null && state.name().equalsIgnoreCase(name.strip())) {
        return state;
      }
    }
    throw InvalidChangeInputException.state(name);
  }

  /** Nothing will happen to the request any more. */
  public boolean isFinal() {
    return this == PUBLISHED || this == REJECTED || this == FAILED;
  }
}
