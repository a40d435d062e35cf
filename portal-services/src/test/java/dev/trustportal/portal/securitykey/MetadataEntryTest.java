package dev.trustportal.portal.securitykey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MetadataEntryTest {

  private static final UUID MODEL = TestAuthenticator.YUBIKEY_5_NFC;

  @Test
  void theReportWithTheLatestEffectiveDateWins() {
    assertThat(
            entry("ATTESTATION_KEY_COMPROMISE@2024-01-01", "FIDO_CERTIFIED_L1@2025-01-01")
                .compromise())
        .isEmpty();
    assertThat(entry("FIDO_CERTIFIED_L1@2025-01-01", "REVOKED@2025-03-01").compromise())
        .map(StatusReport::status)
        .contains("REVOKED");
    // Listed out of order: the date decides, not the position.
    assertThat(entry("REVOKED@2025-03-01", "FIDO_CERTIFIED_L1@2025-01-01").latestStatus())
        .map(StatusReport::status)
        .contains("REVOKED");
  }

  @Test
  void ofReportsOnTheSameDateTheLastListedWins() {
    assertThat(
            entry("FIDO_CERTIFIED@2025-01-01", "USER_VERIFICATION_BYPASS@2025-01-01")
                .latestStatus())
        .map(StatusReport::status)
        .contains("USER_VERIFICATION_BYPASS");
  }

  @Test
  void aModelWithoutReportsIsNotCompromised() {
    assertThat(entry().latestStatus()).isEmpty();
    assertThat(entry().compromise()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ATTESTATION_KEY_COMPROMISE",
        "USER_VERIFICATION_BYPASS",
        "USER_KEY_REMOTE_COMPROMISE",
        "USER_KEY_PHYSICAL_COMPROMISE",
        "REVOKED"
      })
  void compromisesSuspend(String status) {
    assertThat(entry("FIDO_CERTIFIED_L2@2024-01-01", status + "@2025-01-01").compromise())
        .isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "FIDO_CERTIFIED",
        "FIDO_CERTIFIED_L1",
        "NOT_FIDO_CERTIFIED",
        "UPDATE_AVAILABLE",
        "SELF_ASSERTION_SUBMITTED",
        "CERTIFICATE_EXPIRED"
      })
  void otherStatusesDoNot(String status) {
    assertThat(entry("REVOKED@2024-01-01", status + "@2025-01-01").compromise()).isEmpty();
  }

  private static MetadataEntry entry(String... reports) {
    return new MetadataEntry(
        MODEL,
        "YubiKey 5 NFC",
        List.of(),
        Arrays.stream(reports)
            .map(r -> r.split("@"))
            .map(r -> new StatusReport(r[0], LocalDate.parse(r[1])))
            .toList());
  }
}
