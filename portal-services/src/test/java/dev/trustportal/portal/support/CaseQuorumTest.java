package dev.trustportal.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CaseQuorumTest {

  @Test
  void theAgentAndOneOwnerAreTwoPeopleAtLeastEvenWhenThePolicyNeedsNone() {
    assertThat(SupportCase.othersNeeded(false, false, 0)).isEqualTo(1);
  }

  @Test
  void ownersAsThePolicySays() {
    assertThat(SupportCase.othersNeeded(false, false, 2)).isEqualTo(2);
  }

  @Test
  void breakGlassNeedsTwoPlatformAdminsTheAgentCountingIfItIsOne() {
    assertThat(SupportCase.othersNeeded(true, true, 5)).isEqualTo(1);
    assertThat(SupportCase.othersNeeded(true, false, 5)).isEqualTo(2);
  }
}
