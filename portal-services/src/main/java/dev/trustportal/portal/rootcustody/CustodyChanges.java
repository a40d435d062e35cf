package dev.trustportal.portal.rootcustody;

import dev.trustportal.portal.organisation.Organisation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The gateway of root custody settings and the changes that switch them; the caller's transaction.
 */
public interface CustodyChanges {

  /** The organisation's custody mode and threshold; SERVER and 1 when none was set. */
  CustodySetting setting(Organisation organisation);

  void apply(Organisation organisation, CustodyMode mode, int threshold, Instant at);

  long file(
      Organisation organisation,
      CustodyMode mode,
      int threshold,
      String requestedBy,
      Instant at,
      String digest,
      int approvalsNeeded);

  Optional<CustodyChange> find(long id, boolean lock);

  List<CustodyChange> pending(Organisation organisation);

  /**
   * @throws CustodyChangeAlreadyApprovedException if the person approved it before
   */
  void storeApproval(long id, String username, long securityKeyId, Instant at);

  void decide(long id, CustodyChangeState state, Instant at, String reason);

  /** The usernames of the organisation's owners, sorted. */
  List<String> owners(Organisation organisation);

  /** Mode and threshold as stored. */
  record CustodySetting(CustodyMode mode, int threshold) {}
}
