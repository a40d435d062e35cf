package dev.trustportal.portal.signerrequest;

import dev.trustportal.portal.common.PageRequest;
import dev.trustportal.portal.identity.TokenReach;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.repository.Repository;
import java.util.List;
import java.util.Optional;

/** The persistence gateway of signer requests. */
public interface SignerRequests {

  /** Stores a new request and flushes it, so that it has its ID. */
  void store(SignerRequest request);

  Optional<SignerRequest> find(long id);

  /** The organisation's requests, newest first; {@code state} empty means all. */
  List<SignerRequest> page(
      Organisation organisation,
      Optional<SignerRequestState> state,
      TokenReach reach,
      PageRequest request);

  long count(Organisation organisation, Optional<SignerRequestState> state, TokenReach reach);

  /** The repository's pending request for the signer name, if one waits. */
  Optional<SignerRequest> pendingFor(Repository repository, String signerName);

  /** A requester's own requests in every organisation within the reach, newest first. */
  List<SignerRequest> pageOf(String requester, TokenReach reach, PageRequest request);

  long countOf(String requester, TokenReach reach);
}
