package dev.trustportal.api.audit;

import dev.trustportal.portal.audit.ChainVerification;
import jakarta.json.bind.annotation.JsonbNillable;

/**
 * The verdict on a chain. {@code firstBrokenEventId} is null when the chain is intact, and written
 * as null rather than left out.
 */
@JsonbNillable
public record ChainVerificationJson(boolean ok, long checked, Long firstBrokenEventId) {

  static ChainVerificationJson of(ChainVerification verification) {
    return new ChainVerificationJson(
        verification.ok(), verification.checked(), verification.firstBrokenEventId());
  }
}
