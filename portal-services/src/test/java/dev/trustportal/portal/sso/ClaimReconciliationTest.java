package dev.trustportal.portal.sso;

import static dev.trustportal.portal.membership.MemberRole.ADMIN;
import static dev.trustportal.portal.membership.MemberRole.OWNER;
import static dev.trustportal.portal.membership.MemberRole.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.portal.sso.ClaimReconciliation.ChangeRole;
import dev.trustportal.portal.sso.ClaimReconciliation.Grant;
import dev.trustportal.portal.sso.ClaimReconciliation.Held;
import dev.trustportal.portal.sso.ClaimReconciliation.Revoke;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClaimReconciliationTest {

  @Test
  void grantsWhatTheClaimNamesAndThePersonLacks() {
    assertThat(ClaimReconciliation.plan(Map.of("acme", OWNER, "globex", VIEWER), Map.of()))
        .containsExactly(new Grant("acme", OWNER), new Grant("globex", VIEWER));
  }

  @Test
  void followsTheClaimWhenItChangesTheRoleItGranted() {
    assertThat(
            ClaimReconciliation.plan(Map.of("acme", VIEWER), Map.of("acme", new Held(OWNER, true))))
        .containsExactly(new ChangeRole("acme", OWNER, VIEWER));
  }

  @Test
  void takesBackWhatTheClaimGrantedAndNoLongerNames() {
    assertThat(ClaimReconciliation.plan(Map.of(), Map.of("acme", new Held(ADMIN, true))))
        .containsExactly(new Revoke("acme", ADMIN));
  }

  @Test
  void leavesMembershipsGrantedInThePortalAlone() {
    Map<String, Held> held =
        Map.of("acme", new Held(VIEWER, false), "globex", new Held(OWNER, false));

    assertThat(ClaimReconciliation.plan(Map.of("acme", OWNER), held)).isEmpty();
  }

  @Test
  void changesNothingWhenTheClaimMatches() {
    assertThat(
            ClaimReconciliation.plan(Map.of("acme", OWNER), Map.of("acme", new Held(OWNER, true))))
        .isEmpty();
  }

  @Test
  void theStrongestRoleWinsWhenTheClaimNamesSeveralForOneOrganisation() {
    List<ClaimedMembership> claimed =
        List.of(
            new ClaimedMembership("acme", VIEWER), new ClaimedMembership("acme", OWNER),
            new ClaimedMembership("acme", ADMIN), new ClaimedMembership("globex", VIEWER));

    assertThat(ClaimReconciliation.strongest(claimed))
        .containsExactly(Map.entry("acme", OWNER), Map.entry("globex", VIEWER));
  }
}
