package dev.trustportal.portal.expiry;

import dev.trustportal.notary.NotaryBridge;
import dev.trustportal.notary.server.FeedChange;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.verify.TrustedRepository;
import dev.trustportal.portal.audit.AuditLog;
import dev.trustportal.portal.audit.AuditRecord;
import dev.trustportal.portal.audit.Outcome;
import dev.trustportal.portal.change.ChangeService;
import dev.trustportal.portal.pinning.Pins;
import dev.trustportal.portal.pinning.RepositoryDivergedException;
import dev.trustportal.portal.pinning.TrustPins;
import dev.trustportal.portal.publishing.PortalTokens;
import dev.trustportal.portal.rootcustody.RootCeremonies;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One repository's look by the watcher, in a transaction of its own: its findings replaced, its
 * targets (and, where the portal holds the root key, its root) re-signed when it expires within
 * {@code portal.resign.before}, its expiring roles announced. a divergence the read finds is
 * recorded (in its own transaction) before anything here appends to the organisation's audit chain,
 * and one repository's trouble does not undo another's announcements.
 */
@Stateless
@PermitAll
public class ExpiryChecks {

  private static final Logger LOG = Logger.getLogger(ExpiryChecks.class.getName());

  /** The actor of events the portal causes by itself (as the publisher's). */
  static final String PORTAL = "trust-portal";

  static final String ACTION = "repository.expiring";

  // Field injection: EJBs need a no-argument constructor.
  @Inject TrustPins trustPins;
  @Inject Pins pins;
  @Inject ExpiryAnnouncements announcements;
  @Inject RoleExpiryLedger ledger;
  @Inject ExpirySettings settings;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject WatchStore store;
  @EJB ChangeService changes;
  @Inject NotaryBridge bridge;
  @Inject PortalTokens tokens;
  @Inject RootCeremonies rootCeremonies;

  /**
   * Reads the repository's trust data against its pins and announces each role that expires within
   * the window, once per expiry; returns how many it announced now.
   *
   * @throws RuntimeException when the trust data cannot be read or verified (notary-server away,
   *     diverged): the caller marks the repository read all the same
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int check(String gun) {
    Instant now = clock.instant();
    TrustedRepository trust;
    try {
      trust = trustPins.read(new Gun(gun));
    } catch (RepositoryDivergedException diverged) {
      // Recorded on the repository (and audited once) by the read; nothing is signed for it.
      announcements.read(gun, now);
      return 0;
    }
    Optional<RootRenewal.Way> root = rootRenewal(trust, now);
    List<Finding> findings = new ArrayList<>(WatchFindings.of(trust, settings.window(), now));
    root.flatMap(way -> RootRenewal.finding(gun, trust.root().signed(), way, now))
        .ifPresent(findings::add);
    store.replaceFindings(gun, findings);
    resignIfDue(trust, now);
    if (root.equals(Optional.of(RootRenewal.Way.RESIGN))) {
      changes.fileResign(trust.gun(), RoleName.ROOT, trust.root().signed().expires());
    }
    List<RoleExpiry> roles = RoleExpiries.of(trust);
    ledger.replace(gun, RoleExpiries.onRadar(roles), now);
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

  /**
   * Files the re-signing of targets when it expires within {@code portal.resign.before}: on trust
   * data that has just verified against the pins, and the publisher reads it against them again
   * before it signs.
   */
  private void resignIfDue(TrustedRepository trust, Instant now) {
    Instant expires = trust.targets().signed().expires();
    if (expires.isBefore(now.plus(settings.resignBefore()))) {
      changes.fileResign(trust.gun(), RoleName.TARGETS, expires);
    }
  }

  /**
   * How root is renewed if it expires within {@code portal.resign.before}: re-signed by the watcher
   * where the portal holds its key (SERVER custody), a ceremony where its custodians hold the keys
   * (OWNERS custody).
   */
  private Optional<RootRenewal.Way> rootRenewal(TrustedRepository trust, Instant now) {
    return RootRenewal.of(
        trust.root().signed(),
        !rootCeremonies.rootKeys(trust.gun().value()).isEmpty(),
        trustPins.holdsRootKeyOf(trust),
        settings.resignBefore(),
        now);
  }

  /** Marks a repository read whose trust data could not be read now, so that others come first. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void unreadable(String gun) {
    announcements.read(gun, clock.instant());
  }

  /**
   * Makes the repositories whose GUNs changed on notary-server since the last look due at once
   * (notary-server's changefeed); the first look only notes where the feed is. When notary-server
   * cannot answer, the slow cycle still visits every repository.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void followChangefeed() {
    try {
      OptionalLong cursor = store.cursor();
      List<FeedChange> changes =
          bridge.changesAfter(cursor.orElse(-1), settings.feedRecords(), tokens.forCatalog());
      if (changes.isEmpty()) {
        return;
      }
      if (cursor.isPresent()) {
        Set<String> guns = new TreeSet<>();
        changes.forEach(change -> guns.add(change.gun()));
        store.markChanged(guns);
      }
      store.moveCursor(changes.get(changes.size() - 1).id(), clock.instant());
    } catch (RuntimeException unreachable) {
      LOG.log(Level.FINE, unreachable, () -> "The watcher could not read the changefeed now.");
    }
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
