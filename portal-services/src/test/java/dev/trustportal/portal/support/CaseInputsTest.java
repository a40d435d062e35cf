package dev.trustportal.portal.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CaseInputsTest {

  private static final String GUN = "registry.example.com/acme/api";
  private static final String REASON = "The owner lost the root key's passphrase.";
  private static final String KEY = "a".repeat(64);

  @Test
  void aValidCaseIsAccepted() {
    CaseInputs inputs = CaseInputs.of(new OpenCase(" " + GUN, "trust_reset", "SUP-1234", REASON));
    assertThat(inputs.kind()).isEqualTo(CaseKind.TRUST_RESET);
    assertThat(inputs.gun().value()).isEqualTo(GUN);
  }

  @Test
  void anUnknownKindIsRefusedNamingTheAllowedKinds() {
    assertThatThrownBy(() -> CaseInputs.of(new OpenCase(GUN, "REBOOT", "SUP-1", REASON)))
        .isInstanceOf(InvalidCaseException.class)
        .hasMessageContaining("'REBOOT' is no kind")
        .hasMessageContaining(
            "ROOT_ROTATION, TRUST_RESET, TARGETS_KEY_ROTATION, SIGNER_KEY_LOSS,"
                + " SNAPSHOT_KEY_ROTATION")
        .extracting(e -> ((InvalidCaseException) e).code())
        .isEqualTo("invalid_case_kind");
  }

  @Test
  void aMissingTicketOrShortReasonOrBadGunIsRefused() {
    assertThatThrownBy(() -> CaseInputs.of(new OpenCase(GUN, "TRUST_RESET", "", REASON)))
        .hasMessageContaining("ticket reference");
    assertThatThrownBy(() -> CaseInputs.of(new OpenCase(GUN, "TRUST_RESET", "SUP-1", "lost")))
        .hasMessageContaining("The reason has 4 characters");
    assertThatThrownBy(() -> CaseInputs.of(new OpenCase("api", "TRUST_RESET", "SUP-1", REASON)))
        .hasMessageContaining("is no GUN");
  }

  @Test
  void aSignerKeyLossNeedsTheSignerAndAKeyId() {
    assertThatThrownBy(() -> CaseInputs.of(new OpenCase(GUN, "SIGNER_KEY_LOSS", "SUP-1", REASON)))
        .hasMessageContaining("needs \"signer\"");
    assertThatThrownBy(
            () ->
                CaseInputs.of(
                    new OpenCase(GUN, "SIGNER_KEY_LOSS", "SUP-1", REASON, "alice", "abc")))
        .hasMessageContaining("'abc' is no key ID");
    CaseInputs inputs =
        CaseInputs.of(new OpenCase(GUN, "SIGNER_KEY_LOSS", "SUP-1", REASON, "alice", KEY));
    assertThat(inputs.signer().value()).isEqualTo("alice");
  }

  @Test
  void otherKindsNameNoSigner() {
    assertThatThrownBy(
            () -> CaseInputs.of(new OpenCase(GUN, "ROOT_ROTATION", "SUP-1", REASON, "alice", KEY)))
        .hasMessageContaining("Only a SIGNER_KEY_LOSS case names a signer")
        .extracting(e -> ((InvalidCaseException) e).messageKey())
        .isEqualTo("error.invalid_signer.not_allowed");
  }
}
