package dev.trustportal.portal.signerrequest;

import java.time.Instant;
import java.util.Optional;

/**
 * A signer request as callers outside portal-services see it.
 *
 * @param keyId the key's ID as it will appear in the trust data
 * @param keyType the TUF key type ({@code ecdsa}, {@code ecdsa-x509}, ...)
 * @param reason why it was declined
 * @param changeId the ADD_SIGNER change filed when it was accepted
 * @param changeState that change's state now
 */
public record SignerRequestDetails(
    long id,
    String organisation,
    String repository,
    String name,
    String keyId,
    String keyType,
    String requestedBy,
    Instant requestedAt,
    SignerRequestState state,
    Optional<String> decidedBy,
    Optional<Instant> decidedAt,
    Optional<String> reason,
    Optional<Long> changeId,
    Optional<String> changeState) {}
