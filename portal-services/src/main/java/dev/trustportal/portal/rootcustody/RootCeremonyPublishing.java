package dev.trustportal.portal.rootcustody;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.logging.Logger;

/**
 * The outbox job of root ceremonies: every five seconds, publishes the ceremonies whose signatures
 * are all in but which notary-server could not take when the last touch came.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@PermitAll
public class RootCeremonyPublishing {

  private static final Logger LOG = Logger.getLogger(RootCeremonyPublishing.class.getName());

  @EJB RootCeremonyService ceremonies;

  @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false)
  void tick() {
    int published = ceremonies.publishSigned();
    if (published > 0) {
      LOG.info(() -> published + " signed root ceremony(ies) published from the outbox.");
    }
  }
}
