package dev.trustportal.portal.rootcustody;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RepositoryCustodyTest {

  @Test
  void aPortalHeldRootOfAnOwnersOrganisationIsDueForTheHandOver() {
    assertThat(custody(CustodyMode.SERVER, CustodyMode.OWNERS, true).custodySwitch())
        .contains(CeremonyOperation.HAND_ROOT_TO_CUSTODIANS);
  }

  @Test
  void aCustodiansRootOfAServerOrganisationIsDueForTheReturn() {
    assertThat(custody(CustodyMode.OWNERS, CustodyMode.SERVER, true).custodySwitch())
        .contains(CeremonyOperation.RETURN_ROOT_TO_SERVER);
  }

  @Test
  void aRootInItsOrganisationsCustodyIsDueForNothing() {
    assertThat(custody(CustodyMode.OWNERS, CustodyMode.OWNERS, true).custodySwitch()).isEmpty();
    assertThat(custody(CustodyMode.SERVER, CustodyMode.SERVER, true).custodySwitch()).isEmpty();
  }

  @Test
  void aRepositoryWhoseFirstRootIsStillBeingSignedIsDueForNothing() {
    assertThat(custody(CustodyMode.SERVER, CustodyMode.OWNERS, false).custodySwitch()).isEmpty();
  }

  @Test
  void aRootWhoseCeremonyIsOpenIsDueForNothingMore() {
    RepositoryCustody custody =
        new RepositoryCustody(
            "registry.example/acme/app",
            CustodyMode.OWNERS,
            2,
            List.of(),
            false,
            false,
            CustodyMode.SERVER,
            true,
            true);
    assertThat(custody.custodySwitch()).isEmpty();
  }

  private static RepositoryCustody custody(
      CustodyMode held, CustodyMode organisation, boolean initialised) {
    return new RepositoryCustody(
        "registry.example/acme/app",
        held,
        1,
        List.of(),
        false,
        false,
        organisation,
        initialised,
        false);
  }
}
