package dev.trustportal.api.securitykey;

import dev.trustportal.portal.securitykey.CustodianEnrolment;
import java.time.Instant;

/**
 * A security key enrolled as root custodian key: which key, and since when. The PRF output is never
 * shown.
 */
public record CustodianEnrolmentJson(
    long id, String name, boolean custodian, Instant custodianSince) {

  static CustodianEnrolmentJson of(CustodianEnrolment e) {
    return new CustodianEnrolmentJson(e.keyId(), e.keyName(), true, e.since());
  }
}
