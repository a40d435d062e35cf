package dev.trustportal.portal.rootcustody;

import java.util.List;

/**
 * An organisation's root custody: its mode, the threshold M of root keys that sign (1 in SERVER
 * custody), and the custodians there are now (owners with a custodian key), who each hold a root
 * key in OWNERS custody.
 */
public record RootCustody(
    String organisation, CustodyMode mode, int threshold, List<Custodian> custodians) {

  public RootCustody {
    custodians = List.copyOf(custodians);
  }
}
