package dev.trustportal.portal.change;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChangeTypeTest {

  @Test
  void initialisingARepositoryIsARootKeyOperationThatStaysAtOnceUntilAnOwnerRaisesIt() {
    assertThat(ChangeType.INITIALISE_REPOSITORY.usesRootKey()).isTrue();
    assertThat(ChangeType.INITIALISE_REPOSITORY.defaultApprovals()).isZero();
    assertThat(ChangeType.INITIALISE_REPOSITORY.minimumApprovals()).isEqualTo(1);
  }

  @Test
  void targetsOnlyChangesMayBePublishedWithoutApproval() {
    for (ChangeType type : ChangeType.values()) {
      if (!type.usesRootKey()) {
        assertThat(type.defaultApprovals()).as(type.name()).isZero();
        assertThat(type.minimumApprovals()).as(type.name()).isZero();
      }
    }
  }

  @Test
  void aResigningIsNoTypeAnOrganisationsPolicyCanMakeWaitForApprovals() {
    assertThat(ChangeType.RESIGN.approvable()).isFalse();
    assertThat(ChangeType.RESIGN.usesRootKey()).isFalse();
    assertThat(ChangeType.RESIGN.defaultApprovals()).isZero();
    for (ChangeType type : ChangeType.values()) {
      if (type != ChangeType.RESIGN) {
        assertThat(type.approvable()).as(type.name()).isTrue();
      }
    }
  }
}
