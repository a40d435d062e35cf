package dev.trustportal.portal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CaseMachineTest {

  @Test
  void aTrustResetDeletesThenInitialisesThenReaddsSignersThenPublishesTheNotice() {
    assertThat(CaseKind.TRUST_RESET.steps())
        .containsExactly(
            CaseStep.DELETE_REMOTE,
            CaseStep.INITIALISE,
            CaseStep.READD_SIGNERS,
            CaseStep.NOTICE,
            CaseStep.DONE);
    assertThat(CaseMachine.current(CaseKind.TRUST_RESET, Set.of()))
        .isEqualTo(CaseStep.DELETE_REMOTE);
    assertThat(CaseMachine.current(CaseKind.TRUST_RESET, EnumSet.of(CaseStep.DELETE_REMOTE)))
        .isEqualTo(CaseStep.INITIALISE);
  }

  @Test
  void aResumedCaseStartsAtItsFirstUnfinishedStep() {
    Set<CaseStep> done = EnumSet.of(CaseStep.DELETE_REMOTE, CaseStep.INITIALISE);
    assertThat(CaseMachine.current(CaseKind.TRUST_RESET, done)).isEqualTo(CaseStep.READD_SIGNERS);
  }

  @Test
  void aCaseWithEveryStepCompleteIsDoneAndStaysDone() {
    Set<CaseStep> done =
        EnumSet.of(
            CaseStep.DELETE_REMOTE, CaseStep.INITIALISE, CaseStep.READD_SIGNERS, CaseStep.NOTICE);
    assertThat(CaseMachine.current(CaseKind.TRUST_RESET, done)).isEqualTo(CaseStep.DONE);
    assertThat(CaseMachine.state(true, true, CaseStep.DONE)).isEqualTo(CaseState.DONE);
    assertThat(CaseMachine.current(CaseKind.ROOT_ROTATION, EnumSet.of(CaseStep.ROTATE_ROOT)))
        .isEqualTo(CaseStep.DONE);
  }

  @Test
  void statesFollowApprovalsAndProgress() {
    assertThat(CaseMachine.state(false, false, CaseStep.ROTATE_ROOT))
        .isEqualTo(CaseState.AWAITING_APPROVAL);
    assertThat(CaseMachine.state(true, false, CaseStep.ROTATE_ROOT)).isEqualTo(CaseState.APPROVED);
    assertThat(CaseMachine.state(true, true, CaseStep.INITIALISE)).isEqualTo(CaseState.EXECUTING);
  }

  @Test
  void aStepOutOfOrderIsRefused() {
    assertThatThrownBy(
            () -> CaseMachine.requireNext(CaseKind.TRUST_RESET, Set.of(), CaseStep.INITIALISE))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("DELETE_REMOTE is");
  }

  @Test
  void eachKindEndsInDone() {
    for (CaseKind kind : CaseKind.values()) {
      assertThat(kind.steps()).last().isEqualTo(CaseStep.DONE);
    }
  }
}
