package dev.trustportal.portal.expiry;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One pass of the watcher (the radar grown): notary-server's changefeed first, which makes the GUNs
 * changed since the last look due at once; then the next repositories due: under an advisory lock
 * that one instance of a cluster holds at a time (the others skip the tick), each repository read
 * and judged in a transaction of its own ({@link ExpiryChecks}).
 */
@Stateless
@PermitAll
public class ExpiryRadar {

  private static final Logger LOG = Logger.getLogger(ExpiryRadar.class.getName());

  // Field injection: EJBs need a no-argument constructor.
  @Inject ExpiryAnnouncements announcements;
  @Inject ExpirySettings settings;
  @Inject Clock clock;
  @EJB ExpiryChecks checks;

  /** Returns how many expiries it announced; 0 when another instance runs the radar now. */
  public int sweep() {
    if (!announcements.lockRadar()) {
      return 0;
    }
    checks.followChangefeed();
    Instant now = clock.instant();
    List<String> due = announcements.due(now.minus(settings.recheck()), settings.batch());
    int announced = 0;
    for (String gun : due) {
      try {
        announced += checks.check(gun);
      } catch (RuntimeException unreadable) {
        LOG.log(Level.FINE, unreadable, () -> "The expiry radar could not read " + gun + " now.");
        checks.unreadable(gun);
      }
    }
    return announced;
  }
}
