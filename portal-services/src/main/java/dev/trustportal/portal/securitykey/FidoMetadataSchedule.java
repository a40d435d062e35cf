package dev.trustportal.portal.securitykey;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import java.util.logging.Logger;

/**
 * Re-checks the registered keys against the stored FIDO metadata every day (an upload checks at
 * once): a model reported compromised since the last check gets its keys suspended. Each instance
 * of a cluster checks; a key is suspended and audited once all the same.
 */
@Singleton
@PermitAll
public class FidoMetadataSchedule {

  private static final Logger LOG = Logger.getLogger(FidoMetadataSchedule.class.getName());

  @EJB FidoMetadataService metadata;

  @Schedule(hour = "3", minute = "17", persistent = false)
  void daily() {
    int suspended = metadata.recheck();
    if (suspended > 0) {
      LOG.warning(
          () ->
              "FIDO metadata check: "
                  + suspended
                  + " security key(s) suspended, their model is reported"
                  + " compromised.");
    }
    if (metadata.overdue()) {
      LOG.warning(
          "FIDO metadata: the uploaded blob's nextUpdate has passed; a platform admin should upload"
              + " a newer one from https://mds3.fidoalliance.org/.");
    }
  }
}
