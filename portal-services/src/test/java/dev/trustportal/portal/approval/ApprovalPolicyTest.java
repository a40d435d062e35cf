package dev.trustportal.portal.approval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.portal.securitykey.RequiredKeys;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApprovalPolicyTest {

  @Test
  void selfApprovalIsOffAndRequestsStayOpenAWeekByDefault() {
    assertThat(ApprovalSettings.DEFAULTS.selfApproval()).isFalse();
    assertThat(ApprovalSettings.DEFAULTS.openHours()).isEqualTo(168);
  }

  @Test
  void refusesAnOpenPeriodOutsideAnHourToAYear() {
    assertThatThrownBy(
            () -> new ApprovalPolicy(Map.of("ADD_SIGNER", 2), false, 0, RequiredKeys.ANY_FIDO2))
        .isInstanceOf(InvalidApprovalPolicyException.class)
        .hasMessageContaining("1 to 8760");
    assertThatThrownBy(() -> new ApprovalPolicy(Map.of(), false, 8761, RequiredKeys.ANY_FIDO2))
        .isInstanceOf(InvalidApprovalPolicyException.class);
  }
}
