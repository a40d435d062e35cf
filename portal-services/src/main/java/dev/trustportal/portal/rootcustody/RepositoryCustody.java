package dev.trustportal.portal.rootcustody;

import java.util.List;

/**
 * Who holds a repository's root keys: in OWNERS custody one root key per custodian (its canonical
 * key ID, the custodian and their security key), with the threshold that must sign; in SERVER
 * custody the portal, sealed under the platform's key-encryption key. {@code callerIsCustodian}
 * tells an owner whether they hold one of them; {@code callerHasPrfKey} whether they enrolled a
 * custodian key at all.
 */
public record RepositoryCustody(
    String gun,
    CustodyMode mode,
    int threshold,
    List<RootKeyHolder> rootKeys,
    boolean callerIsCustodian,
    boolean callerHasPrfKey) {

  public RepositoryCustody {
    rootKeys = List.copyOf(rootKeys);
  }

  /** A root key and its custodian (empty names in SERVER custody). */
  public record RootKeyHolder(String keyId, String custodian, String securityKey) {}
}
