package dev.trustportal.portal.pinning;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Which repositories diverged from their pins (columns {@code diverged_finding} and {@code
 * diverged_at} of {@code repository}, V35). A divergence is recorded once, in a transaction of its
 * own, with one {@code repository.diverged} event in the organisation's audit chain: the read that
 * found it fails, and the finding must stay.
 */
@Stateless
@PermitAll
public class Divergences {

  /** The actor of events the portal causes by itself (as the publisher's). */
  static final String PORTAL = "trust-portal";

  // Field injection: EJBs need a no-argument constructor.
  @Inject Pins pins;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * Marks the repository diverged unless it is already; true if this call marked it. Its own
   * transaction: callers must not have appended to the organisation's audit chain before (see
   * AuditLog).
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean record(Gun gun, String finding) {
    if (!pins.markDiverged(gun.value(), finding, clock.instant())) {
      return false;
    }
    pins.organisationOf(gun.value())
        .ifPresent(
            org ->
                audit.record(
                    new AuditRecord(
                        org,
                        PORTAL,
                        "repository.diverged",
                        gun.value(),
                        Outcome.FAILED,
                        "The trust data on notary-server diverged from what"
                            + " the portal pinned: "
                            + finding
                            + " The portal signs nothing for it until support resolves it.")));
    return true;
  }

  /**
   * Ends the divergence (a root rotation or reset was carried out), in the caller's transaction.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRED)
  public void resolve(Gun gun, String how) {
    if (pins.clearDivergence(gun.value())) {
      pins.organisationOf(gun.value())
          .ifPresent(
              org ->
                  audit.record(
                      new AuditRecord(
                          org,
                          PORTAL,
                          "repository.divergence_resolved",
                          gun.value(),
                          Outcome.SUCCEEDED,
                          how)));
    }
  }

  /** The finding of a diverged repository. */
  public Optional<String> finding(Gun gun) {
    return pins.divergence(gun.value());
  }

  /**
   * Every diverged repository, the most recent first (for the support desk; at most {@code limit}).
   */
  public List<DivergedRepository> all(int limit) {
    return pins.diverged(limit);
  }
}
