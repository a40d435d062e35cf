package dev.trustportal.portal.expiry;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.pinning.Pins;
import dev.trustportal.portal.pinning.TrustPins;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * One repository's look by the radar, in a transaction of its own: a divergence the read finds is
 * recorded (in its own transaction) before anything here appends to the organisation's audit chain,
 * and one repository's trouble does not undo another's announcements.
 */
@Stateless
@PermitAll
public class ExpiryChecks {

  /** The actor of events the portal causes by itself (as the publisher's). */
  static final String PORTAL = "trust-portal";

  static final String ACTION = "repository.expiring";

  // Field injection: EJBs need a no-argument constructor.
  @Inject TrustPins trustPins;
  @Inject Pins pins;
  @Inject ExpiryAnnouncements announcements;
  @Inject ExpirySettings settings;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /**
   * Reads the repository's trust data against its pins and announces each role that expires within
   * the window, once per expiry; returns how many it announced now.
   *
   * @throws RuntimeException when the trust data cannot be read or verified (notary-server away,
   *     diverged): the caller marks the repository read all the same
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int check(String gun) {
    List<RoleExpiry> roles = RoleExpiries.of(trustPins.read(new Gun(gun)));
    Instant now = clock.instant();
    String organisation = pins.organisationOf(gun).orElseThrow();
    int announced = 0;
    for (ExpiringRole role : settings.window().expiring(roles, now)) {
      if (announcements.announce(gun, role.role(), role.expires(), now)) {
        audit.record(
            new AuditRecord(
                organisation, PORTAL, ACTION, gun, Outcome.SUCCEEDED, detail(gun, role)));
        announced++;
      }
    }
    announcements.read(gun, now);
    return announced;
  }

  /** Marks a repository read whose trust data could not be read now, so that others come first. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void unreadable(String gun) {
    announcements.read(gun, clock.instant());
  }

  static String detail(String gun, ExpiringRole role) {
    return role.expired()
        ? "Role " + role.role() + " of " + gun + " expired at " + role.expires() + "."
        : "Role "
            + role.role()
            + " of "
            + gun
            + " expires at "
            + role.expires()
            + " (in "
            + role.daysLeft()
            + " day(s)): re-sign it before then, or clients refuse the trust data.";
  }
}
