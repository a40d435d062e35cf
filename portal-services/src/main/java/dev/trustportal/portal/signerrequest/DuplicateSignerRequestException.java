package dev.trustportal.portal.signerrequest;

import dev.trustportal.portal.common.PortalException;

/**
 * A pending request already asks for this signer of this repository: owners would decide the same
 * thing twice, and accepting both would file the signer twice.
 */
public final class DuplicateSignerRequestException extends PortalException {

  private static final long serialVersionUID = 1L;

  public DuplicateSignerRequestException(String repository, String signer, long pending) {
    super(
        "duplicate_signer_request",
        "Signer request "
            + pending
            + " for signer '"
            + signer
            + "' of '"
            + repository
            + "' is waiting for a decision already; wait for it, or ask for another signer name.",
        pending,
        signer,
        repository);
  }

  @Override
  public Kind kind() {
    return Kind.CONFLICT;
  }
}
