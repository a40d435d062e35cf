package dev.trustportal.api.signerrequest;

import dev.trustportal.portal.signerrequest.SignerRequestDetails;
import java.time.Instant;

/**
 * A signer request as the API shows it: {@code state} PENDING, ACCEPTED (then {@code changeId} and
 * {@code changeState} follow the ADD_SIGNER change it filed) or DECLINED (with {@code reason}).
 * Absent values are null.
 */
public record SignerRequestJson(
    long id,
    String organisation,
    String repository,
    String name,
    String keyId,
    String keyType,
    String requestedBy,
    Instant requestedAt,
    String state,
    String decidedBy,
    Instant decidedAt,
    String reason,
    Long changeId,
    String changeState) {

  static SignerRequestJson of(SignerRequestDetails r) {
    return new SignerRequestJson(
        r.id(),
        r.organisation(),
        r.repository(),
        r.name(),
        r.keyId(),
        r.keyType(),
        r.requestedBy(),
        r.requestedAt(),
        r.state().name(),
        r.decidedBy().orElse(null),
        r.decidedAt().orElse(null),
        r.reason().orElse(null),
        r.changeId().orElse(null),
        r.changeState().orElse(null));
  }
}
