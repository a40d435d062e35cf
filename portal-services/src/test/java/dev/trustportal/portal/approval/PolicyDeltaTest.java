package dev.trustportal.portal.approval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.portal.securitykey.RequiredKeys;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PolicyDeltaTest {

  private static final ApprovalPolicy TWO_OWNERS =
      new ApprovalPolicy(
          Map.of("ADD_SIGNER", 2, "SET_THRESHOLD", 1), false, 24, RequiredKeys.YUBIKEY_ONLY);

  @Test
  void loweringACountToZeroIsAProposalNotAChange() {
    PolicyDelta delta = PolicyDelta.between(TWO_OWNERS, Map.of("ADD_SIGNER", 0), null, null, null);
    assertThat(delta.raised()).isEmpty();
    assertThat(delta.proposal().approvals()).containsEntry("ADD_SIGNER", 0);
    assertThat(delta.settingsNow()).isEqualTo(TWO_OWNERS.settings());
  }

  @Test
  void raisingACountAppliesAtOnce() {
    PolicyDelta delta =
        PolicyDelta.between(TWO_OWNERS, Map.of("SET_THRESHOLD", 3), null, null, null);
    assertThat(delta.raised()).containsEntry("SET_THRESHOLD", 3);
    assertThat(delta.proposal().isEmpty()).isTrue();
  }

  @Test
  void allowingSelfApprovalALongerPeriodAndAnyKeyAreProposals() {
    PolicyDelta delta = PolicyDelta.between(TWO_OWNERS, Map.of(), true, 48, RequiredKeys.ANY_FIDO2);
    assertThat(delta.proposal().selfApproval()).contains(true);
    assertThat(delta.proposal().openHours()).contains(48);
    assertThat(delta.proposal().requiredKeys()).contains(RequiredKeys.ANY_FIDO2);
    assertThat(delta.settingsNow()).isEqualTo(TWO_OWNERS.settings());
  }

  @Test
  void aShorterPeriodAndForbiddingSelfApprovalApplyAtOnce() {
    ApprovalPolicy lenient =
        new ApprovalPolicy(Map.of("ADD_SIGNER", 1), true, 24, RequiredKeys.ANY_FIDO2);
    PolicyDelta delta =
        PolicyDelta.between(lenient, Map.of(), false, 12, RequiredKeys.YUBIKEY_ONLY);
    assertThat(delta.settingsNow())
        .isEqualTo(new ApprovalSettings(false, 12, RequiredKeys.YUBIKEY_ONLY));
    assertThat(delta.proposal().isEmpty()).isTrue();
  }

  @Test
  void aMixedRequestTightensAtOnceAndProposesTheRest() {
    PolicyDelta delta =
        PolicyDelta.between(
            TWO_OWNERS, Map.of("ADD_SIGNER", 1, "SET_THRESHOLD", 2), null, 12, null);
    assertThat(delta.raised()).isEqualTo(Map.of("SET_THRESHOLD", 2));
    assertThat(delta.settingsNow().openHours()).isEqualTo(12);
    assertThat(delta.proposal())
        .isEqualTo(
            new PolicyProposal(
                Map.of("ADD_SIGNER", 1), Optional.empty(), Optional.empty(), Optional.empty()));
  }

  @Test
  void aProposalReadsBackFromItsJsonAndItsDigestNamesTheRequest() {
    PolicyProposal proposal =
        new PolicyProposal(
            Map.of("ADD_SIGNER", 0),
            Optional.of(true),
            Optional.empty(),
            Optional.of(RequiredKeys.ANY_FIDO2));
    assertThat(PolicyProposal.fromJson(proposal.json())).isEqualTo(proposal);
    java.time.Instant at = java.time.Instant.parse("2026-12-07T00:00:00Z");
    assertThat(proposal.digest("acme", "olga", at))
        .hasSize(64)
        .isNotEqualTo(proposal.digest("acme", "oscar", at));
  }
}
