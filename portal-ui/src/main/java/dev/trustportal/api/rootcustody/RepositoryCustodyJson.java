package dev.trustportal.api.rootcustody;

import dev.trustportal.portal.rootcustody.RepositoryCustody;
import java.util.List;

/**
 * Who holds a repository's root keys: OWNERS (one per custodian, {@code threshold} of them sign) or
 * SERVER (the portal); whether the caller holds one, and whether they enrolled a PRF key.
 */
public record RepositoryCustodyJson(
    String gun,
    String mode,
    int threshold,
    List<RootKeyJson> rootKeys,
    boolean callerIsCustodian,
    boolean callerHasPrfKey,
    String custodySwitch) {

  /** A root key (canonical key ID) and the custodian and security key that hold it. */
  public record RootKeyJson(String keyId, String custodian, String securityKey) {}

  static RepositoryCustodyJson of(RepositoryCustody c) {
    return new RepositoryCustodyJson(
        c.gun(),
        c.mode().name(),
        c.threshold(),
        c.rootKeys().stream()
            .map(k -> new RootKeyJson(k.keyId(), k.custodian(), k.securityKey()))
            .toList(),
        c.callerIsCustodian(),
        c.callerHasPrfKey(),
        c.custodySwitch().map(Enum::name).orElse(null));
  }
}
