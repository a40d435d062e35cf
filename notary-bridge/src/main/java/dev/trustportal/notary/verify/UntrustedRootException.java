package dev.trustportal.notary.verify;

import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.TrustDataException;

/**
 * root.json cannot be trusted: no root key is a valid certificate for the GUN, or a new root is not
 * signed by the old one (notary trustpinning/certs.go {@code ValidateRoot}; texts as in facts §3).
 */
public final class UntrustedRootException extends TrustDataException {
  private final transient VerificationResult result;

  public UntrustedRootException(String reason, VerificationResult result) {
    super(RoleName.ROOT, reason);
    this.result = result;
  }

  /** The signature check that failed, when one did. */
  public java.util.Optional<VerificationResult> result() {
    return java.util.Optional.ofNullable(result);
  }
}
