package dev.trustportal.portal.rootcustody;

import java.util.List;
import java.util.Optional;

/**
 * Who holds a repository's root keys: in OWNERS custody one root key per custodian (its canonical
 * key ID, the custodian and their security key), with the threshold that must sign; in SERVER
 * custody the portal, sealed under the platform's key-encryption key. {@code callerIsCustodian}
 * tells an owner whether they hold one of them; {@code callerHasPrfKey} whether they enrolled a
 * custodian key at all. {@code organisationMode} is the organisation's setting, which an
 * initialised repository's root follows through a ceremony.
 */
public record RepositoryCustody(
    String gun,
    CustodyMode mode,
    int threshold,
    List<RootKeyHolder> rootKeys,
    boolean callerIsCustodian,
    boolean callerHasPrfKey,
    CustodyMode organisationMode,
    boolean initialised,
    boolean ceremonyOpen) {

  public RepositoryCustody {
    rootKeys = List.copyOf(rootKeys);
  }

  /**
   * The ceremony that brings this root to the organisation's custody where it was left behind (its
   * ceremony expired or failed when the organisation switched): the hand-over to the custodians, or
   * the return to the portal. None while a ceremony of the repository is open.
   */
  public Optional<CeremonyOperation> custodySwitch() {
    if (!initialised || ceremonyOpen || mode == organisationMode) {
      return Optional.empty();
    }
    return Optional.of(
        organisationMode == CustodyMode.OWNERS
            ? CeremonyOperation.HAND_ROOT_TO_CUSTODIANS
            : CeremonyOperation.RETURN_ROOT_TO_SERVER);
  }

  /** A root key and its custodian (empty names in SERVER custody). */
  public record RootKeyHolder(String keyId, String custodian, String securityKey) {}
}
