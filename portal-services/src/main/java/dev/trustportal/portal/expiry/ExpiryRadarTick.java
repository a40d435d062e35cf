package dev.trustportal.portal.expiry;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;

/**
 * Every 10 seconds, the radar reads the next repositories due ({@code portal.expiry.batch} of
 * them). Every instance of a cluster ticks; the radar's advisory lock lets one of them read at a
 * time.
 */
@Singleton
@PermitAll
public class ExpiryRadarTick {

  private static final Logger LOG = Logger.getLogger(ExpiryRadarTick.class.getName());

  @EJB ExpiryRadar radar;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  void tick() {
    int announced = radar.sweep();
    if (announced > 0) {
      LOG.info(() -> announced + " role expiry(ies) announced.");
    }
  }
}
