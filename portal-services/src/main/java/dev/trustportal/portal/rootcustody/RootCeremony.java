package dev.trustportal.portal.rootcustody;

import java.time.Instant;
import java.util.List;

/**
 * An operation on a repository's root that custodians sign with their own root keys: what it does,
 * the digest every touch is bound to (SHA-256 of the prepared root's canonical bytes), the
 * threshold M of N custodians and the touches so far.
 */
public record RootCeremony(
    long id,
    String organisation,
    String gun,
    String operation,
    String digest,
    int threshold,
    int custodians,
    CeremonyState state,
    Instant createdAt,
    Instant expiresAt,
    List<CeremonyTouch> touches,
    String publishError) {

  public RootCeremony {
    touches = List.copyOf(touches);
  }

  /**
   * Whether a custodian may take a recovery kit: while the ceremony is open, unless it gives the
   * root back to the portal, after which no root names the custodians' keys.
   */
  public boolean givesRecoveryKit() {
    return state == CeremonyState.OPEN
        && CeremonyOperation.valueOf(operation) != CeremonyOperation.RETURN_ROOT_TO_SERVER;
  }

  /** The operation in plain words. */
  public String summary() {
    return switch (CeremonyOperation.valueOf(operation)) {
      case INITIALISE_REPOSITORY ->
          "Initialise the trust data of "
              + gun
              + ": a root with "
              + custodians
              + " root keys, one per custodian, of which "
              + threshold
              + " must sign.";
      case ROTATE_ROOT ->
          "Rotate the root keys of "
              + gun
              + ": a new root with "
              + custodians
              + " new root keys, one per current custodian, of which "
              + threshold
              + " must sign; the old root's keys sign it too, so clients that trusted the old"
              + " root follow.";
      case ROTATE_TARGETS_KEY ->
          "Rotate the targets key of "
              + gun
              + ": a new root naming a new targets key (held by the portal), signed by "
              + threshold
              + " of the "
              + custodians
              + " root keys.";
      case ROTATE_SNAPSHOT_KEY ->
          "Rotate the snapshot key of "
              + gun
              + ": a new root naming a new snapshot key (held by notary-server), signed by "
              + threshold
              + " of the "
              + custodians
              + " root keys.";
      case HAND_ROOT_TO_CUSTODIANS ->
          "Hand the root of "
              + gun
              + " to the custodians: a new root with "
              + custodians
              + " new root keys, one per custodian, of which "
              + threshold
              + " must sign; the portal's old root key signs it too, so clients that trusted the"
              + " old root follow.";
      case RETURN_ROOT_TO_SERVER ->
          "Return the root of "
              + gun
              + " to the portal: a new root with one root key held by the portal, signed by "
              + threshold
              + " of the "
              + custodians
              + " custodians' root keys, so that clients that trusted their root follow.";
    };
  }

  /** "1 of 2 custodians have touched their key; 1 more is needed." */
  public String progress() {
    int given = touches.size();
    int more = Math.max(0, threshold - given);
    return given
        + " of "
        + threshold
        + " custodians have touched their key"
        + (more == 0 ? "." : "; " + more + " more " + (more == 1 ? "is" : "are") + " needed.");
  }
}
