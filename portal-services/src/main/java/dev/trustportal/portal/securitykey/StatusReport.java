package dev.trustportal.portal.securitykey;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/**
 * One status report of an authenticator model in the FIDO metadata (MDS3 §3.1.3 StatusReport).
 *
 * @param status the AuthenticatorStatus, e.g. FIDO_CERTIFIED_L1 or ATTESTATION_KEY_COMPROMISE
 * @param effectiveDate from when it holds; null when the report gives none
 */
public record StatusReport(String status, LocalDate effectiveDate) {

  /**
   * The statuses that say keys of the model can no longer be trusted (MDS3 §3.1.4): its attestation
   * key or its users' keys may be in an attacker's hands, or its user verification can be bypassed.
   */
  static final Set<String> COMPROMISES =
      Set.of(
          "ATTESTATION_KEY_COMPROMISE",
          "USER_VERIFICATION_BYPASS",
          "USER_KEY_REMOTE_COMPROMISE",
          "USER_KEY_PHYSICAL_COMPROMISE",
          "REVOKED");

  public StatusReport {
    Objects.requireNonNull(status, "status");
  }

  public boolean compromise() {
    return COMPROMISES.contains(status);
  }
}
