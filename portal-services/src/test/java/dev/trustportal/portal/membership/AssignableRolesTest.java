package dev.trustportal.portal.membership;

import static dev.trustportal.portal.membership.MemberRole.ADMIN;
import static dev.trustportal.portal.membership.MemberRole.OWNER;
import static dev.trustportal.portal.membership.MemberRole.SIGNER;
import static dev.trustportal.portal.membership.MemberRole.VIEWER;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssignableRolesTest {

  @Test
  void anOwnerMayGiveAnyRoleToAnyMember() {
    assertThat(MembershipService.assignable(OWNER, OWNER))
        .containsExactly(OWNER, ADMIN, SIGNER, VIEWER);
    assertThat(MembershipService.assignable(OWNER, VIEWER))
        .containsExactly(OWNER, ADMIN, SIGNER, VIEWER);
  }

  @Test
  void anAdminMayNotMakeOwnersNorTouchThem() {
    assertThat(MembershipService.assignable(ADMIN, SIGNER)).containsExactly(ADMIN, SIGNER, VIEWER);
    assertThat(MembershipService.assignable(ADMIN, OWNER)).isEmpty();
  }

  @Test
  void signersAndViewersManageNoMembers() {
    assertThat(MembershipService.assignable(SIGNER, VIEWER)).isEmpty();
    assertThat(MembershipService.assignable(VIEWER, VIEWER)).isEmpty();
  }
}
