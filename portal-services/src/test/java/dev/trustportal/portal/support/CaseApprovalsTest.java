package dev.trustportal.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CaseApprovalsTest {

  @Test
  void theAgentAndOneOwnerAreTwoPeopleAtLeastEvenWhenThePolicyNeedsNone() {
    int others = CaseApprovals.othersNeeded(false, false, 0);
    CaseApprovals none = new CaseApprovals("sam", false, others, Map.of());
    assertThat(none.need()).isEqualTo(2);
    assertThat(none.complete()).isFalse();
  }

  @Test
  void theAgentAloneDoesNotCompleteACase() {
    CaseApprovals agent = new CaseApprovals("sam", false, 1, Map.of("sam", ApprovalCapacity.AGENT));
    assertThat(agent.have()).isEqualTo(1);
    assertThat(agent.complete()).isFalse();
  }

  @Test
  void ownersAsThePolicySaysCompleteItWithTheAgent() {
    int others = CaseApprovals.othersNeeded(false, false, 2);
    CaseApprovals approvals = new CaseApprovals("sam", false, others, Map.of("sam", ApprovalCapacity.AGENT,
        "olga", ApprovalCapacity.OWNER, "oscar", ApprovalCapacity.OWNER));
    assertThat(approvals.have()).isEqualTo(3);
    assertThat(approvals.need()).isEqualTo(3);
    assertThat(approvals.complete()).isTrue();
    assertThat(approvals.approvers()).containsExactly("olga", "oscar", "sam");
  }

  @Test
  void ownersWithoutTheAgentDoNotCompleteIt() {
    CaseApprovals owners = new CaseApprovals("sam", false, 1, Map.of("olga", ApprovalCapacity.OWNER,
        "oscar", ApprovalCapacity.OWNER));
    assertThat(owners.have()).isEqualTo(1);
    assertThat(owners.complete()).isFalse();
  }

  @Test
  void breakGlassNeedsTwoPlatformAdminsTheAgentCountingIfItIsOne() {
    assertThat(CaseApprovals.othersNeeded(true, true, 5)).isEqualTo(1);
    assertThat(CaseApprovals.othersNeeded(true, false, 5)).isEqualTo(2);
    CaseApprovals adminAgent = new CaseApprovals("root", true, 1, Map.of("root", ApprovalCapacity.AGENT,
        "ada", ApprovalCapacity.PLATFORM_ADMIN));
    assertThat(adminAgent.complete()).isTrue();
    assertThat(adminAgent.othersCapacity()).isEqualTo(ApprovalCapacity.PLATFORM_ADMIN);
  }
}
