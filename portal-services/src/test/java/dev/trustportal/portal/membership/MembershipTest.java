package dev.trustportal.portal.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.organisation.OrganisationName;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MembershipTest {

  private static final Organisation ACME =
      new Organisation(new OrganisationName("acme"), Instant.EPOCH);

  @Test
  void refusesToRemoveTheLastOwnerAndSaysWhy() {
    Membership alice = member("alice", MemberRole.OWNER);

    assertThatThrownBy(() -> alice.requireRemovable(1))
        .isInstanceOfSatisfying(
            LastOwnerException.class,
            e -> {
              assertThat(e.code()).isEqualTo("last_owner");
              assertThat(e.kind()).isEqualTo(PortalException.Kind.CONFLICT);
              assertThat(e.messageKey()).isEqualTo("error.last_owner.remove");
              assertThat(e.getMessage())
                  .contains("alice", "acme", "last owner", "another member an owner");
            });
  }

  @ParameterizedTest
  @EnumSource(value = MemberRole.class, names = "OWNER", mode = EnumSource.Mode.EXCLUDE)
  void refusesToDemoteTheLastOwnerToAnyOtherRole(MemberRole lower) {
    Membership alice = member("alice", MemberRole.OWNER);

    assertThatThrownBy(() -> alice.changeRole(lower, 1))
        .isInstanceOfSatisfying(
            LastOwnerException.class,
            e -> assertThat(e.messageKey()).isEqualTo("error.last_owner.demote"));
    assertThat(alice.role()).isEqualTo(MemberRole.OWNER);
  }

  @Test
  void anOwnerWithACoOwnerCanBeRemovedOrDemoted() {
    Membership alice = member("alice", MemberRole.OWNER);

    alice.requireRemovable(2);
    alice.changeRole(MemberRole.VIEWER, 2);

    assertThat(alice.role()).isEqualTo(MemberRole.VIEWER);
  }

  @Test
  void theLastOwnerMayStayOwner() {
    Membership alice = member("alice", MemberRole.OWNER);

    alice.changeRole(MemberRole.OWNER, 1);

    assertThat(alice.role()).isEqualTo(MemberRole.OWNER);
  }

  @Test
  void otherMembersLeaveFreelyEvenWithoutAnyOwner() {
    Membership bob = member("bob", MemberRole.ADMIN);

    bob.requireRemovable(0);
    bob.changeRole(MemberRole.SIGNER, 0);

    assertThat(bob.role()).isEqualTo(MemberRole.SIGNER);
  }

  @Test
  void roleNamesAreParsedIgnoringCaseAndUnknownOnesAreExplained() {
    assertThat(MemberRole.parse(" viewer ")).isEqualTo(MemberRole.VIEWER);
    assertThatThrownBy(() -> MemberRole.parse("superuser"))
        .isInstanceOfSatisfying(
            InvalidRoleException.class,
            e -> {
              assertThat(e.code()).isEqualTo("invalid_role");
              assertThat(e.getMessage()).contains("superuser", "OWNER", "VIEWER");
            });
    assertThatThrownBy(() -> MemberRole.parse(null)).isInstanceOf(InvalidRoleException.class);
  }

  @Test
  void anAccessPassesOnlyTheChecksOfItsRole() {
    CallerAccess viewer = new CallerAccess("acme", "bob", MemberRole.VIEWER);

    assertThat(viewer.mayActAs(MemberRole.OWNER, MemberRole.ADMIN)).isFalse();
    assertThat(viewer.mayActAs(MemberRole.VIEWER)).isTrue();
    assertThatThrownBy(() -> new CallerAccess("acme", "admin", null))
        .isInstanceOf(NullPointerException.class);
  }

  private static Membership member(String username, MemberRole role) {
    return new Membership(ACME, username, role, Instant.EPOCH);
  }
}
