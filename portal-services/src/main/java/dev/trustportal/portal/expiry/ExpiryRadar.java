package dev.trustportal.portal.expiry;

import dev.trustportal.notary.NotaryBridge;
import dev.trustportal.notary.server.FeedChange;
import dev.trustportal.portal.publishing.PortalTokens;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
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
  @Inject WatchStore store;
  @Inject NotaryBridge bridge;
  @Inject PortalTokens tokens;

  /** Returns how many expiries it announced; 0 when another instance runs the radar now. */
  public int sweep() {
    if (!announcements.lockRadar()) {
      return 0;
    }
    followChangefeed();
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

  /**
   * Makes the repositories whose GUNs changed on notary-server since the last look due at once
   * (notary-server's changefeed); the first look only notes where the feed is. When notary-server
   * cannot answer, the slow cycle still visits every repository.
   */
  private void followChangefeed() {
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
}
