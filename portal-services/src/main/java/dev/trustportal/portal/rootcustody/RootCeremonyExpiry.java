package dev.trustportal.portal.rootcustody;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;

/**
 * Every 10 seconds, closes the root ceremonies whose open period has ended: they publish nothing
 * and the root keys made for them are deleted. Every instance of a cluster ticks; the service's
 * advisory lock lets one of them do the work at a time.
 */
@Singleton
@PermitAll
public class RootCeremonyExpiry {

  private static final Logger LOG = Logger.getLogger(RootCeremonyExpiry.class.getName());

  @EJB RootCeremonyService ceremonies;

  @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
  void tick() {
    int expired = ceremonies.expireOverdue();
    if (expired > 0) {
      LOG.info(() -> expired + " root ceremony(ies) expired unpublished.");
    }
  }
}
