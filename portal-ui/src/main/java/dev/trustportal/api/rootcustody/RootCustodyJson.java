package dev.trustportal.api.rootcustody;

import dev.trustportal.portal.rootcustody.RootCustody;
import java.util.List;

/** An organisation's root custody: SERVER or OWNERS, the threshold M, and its custodians now. */
public record RootCustodyJson(
    String organisation, String mode, int threshold, List<CustodianJson> custodians) {

  /** An owner with a custodian key. */
  public record CustodianJson(String username, long securityKeyId, String keyName) {}

  static RootCustodyJson of(RootCustody c) {
    return new RootCustodyJson(
        c.organisation(),
        c.mode().name(),
        c.threshold(),
        c.custodians().stream()
            .map(k -> new CustodianJson(k.username(), k.securityKeyId(), k.keyName()))
            .toList());
  }
}
