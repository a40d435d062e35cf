package dev.trustportal.portal.expiry;

import dev.trustportal.notary.crypto.RootCertificates;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * What renews a root that expires within {@code portal.resign.before}, by who holds its keys. Pure.
 *
 * <ul>
 *   <li>{@link Way#RESIGN}: the portal holds the root key (SERVER custody) and the key's
 *       certificate outlives the window: the watcher files a RESIGN of root, the same keys in root
 *       n+1, as notary's client re-signs a root near its expiry.
 *   <li>{@link Way#CEREMONY}: the custodians hold the root keys (OWNERS custody): the portal cannot
 *       sign root, so the finding asks for a custodians' root rotation ceremony.
 *   <li>{@link Way#KEY_ROTATION}: the portal holds the key, but its certificate expires within the
 *       window: a root re-signed with it would be no better (notary's client drops a root key whose
 *       certificate expired), so the finding asks for a root key rotation.
 * </ul>
 */
public final class RootRenewal {

  /** How a root due for renewal is renewed. */
  public enum Way {
    RESIGN,
    CEREMONY,
    KEY_ROTATION
  }

  private RootRenewal() {}

  /**
   * The way to renew {@code root}, or empty when it does not expire within {@code resignBefore} of
   * {@code now} or nobody the portal knows holds its keys (it did not make the root).
   */
  public static Optional<Way> of(
      Root root,
      boolean custodiansHoldRoot,
      boolean portalHoldsRoot,
      Duration resignBefore,
      Instant now) {
    Instant due = now.plus(resignBefore);
    if (!root.expires().isBefore(due)) {
      return Optional.empty();
    }
    if (custodiansHoldRoot) {
      return Optional.of(Way.CEREMONY);
    }
    if (!portalHoldsRoot) {
      return Optional.empty();
    }
    boolean certificatesOutliveWindow =
        RootCertificates.validUntil(root.keysOf(RoleName.ROOT).values())
            .map(until -> until.isAfter(due))
            .orElse(true);
    return Optional.of(certificatesOutliveWindow ? Way.RESIGN : Way.KEY_ROTATION);
  }

  private static String repository(String gun) {
    return gun.substring(gun.lastIndexOf('/') + 1);
  }

  /** The watcher's finding for a root the portal cannot re-sign itself; empty for RESIGN. */
  static Optional<Finding> finding(String gun, Root root, Way way, Instant now) {
    String expiry = "Root of " + gun + " expires at " + root.expires() + ". ";
    return switch (way) {
      case RESIGN -> Optional.empty();
      case CEREMONY ->
          Optional.of(
              new Finding(
                  FindingKind.ROOT_RENEWAL_NEEDED,
                  RoleName.ROOT.value(),
                  expiry
                      + "Its custodians hold the root keys, so the portal cannot re-sign it: an"
                      + " owner opens a root rotation ceremony (POST /api/v1/orgs/{org}/root-"
                      + "ceremonies {\"repository\":\""
                      + repository(gun)
                      + "\",\"operation\":\"ROTATE_ROOT\"}) and the custodians sign it before"
                      + " then.",
                  now));
      case KEY_ROTATION ->
          Optional.of(
              new Finding(
                  FindingKind.ROOT_RENEWAL_NEEDED,
                  RoleName.ROOT.value(),
                  expiry
                      + "The certificate of its root key expires within the re-signing window, so"
                      + " re-signing with that key would not help: rotate the root key (a support"
                      + " case ROOT_ROTATION) before then.",
                  now));
    };
  }
}
