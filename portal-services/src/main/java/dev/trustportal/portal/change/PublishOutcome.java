package dev.trustportal.portal.change;

import dev.trustportal.notary.publish.ChangeRejectedException;
import dev.trustportal.notary.server.InvalidUpdateException;
import dev.trustportal.portal.common.PortalException;
import dev.trustportal.portal.pinning.RepositoryDivergedException;
import dev.trustportal.portal.publishing.NotaryUnavailableException;
import dev.trustportal.portal.publishing.TrustDataInvalidException;

/**
 * What a failed publication attempt means for its change. Refusals that another attempt would meet
 * again fail the change: a rule of the trust model ({@link ChangeRejectedException}, or the
 * portal's own checks) or notary-server refusing the update. Everything else is retried later: an
 * unreachable or failing server, a version conflict the bridge's own retry did not resolve, trust
 * data that did not verify now, a repository diverged from its pinned trust (until support resolves
 * it), and unexpected errors (a change is never dropped because of a bug).
 */
public enum PublishOutcome {
  RETRY,
  FAIL;

  public static PublishOutcome of(RuntimeException failure) {
    if (failure instanceof RepositoryDivergedException) {
      return RETRY; // it waits until support resolves the divergence, then publishes
    }
    if (failure instanceof NotaryUnavailableException
        || failure instanceof TrustDataInvalidException) {
      return RETRY; // the pinned read translates the server's failures; they pass, as they did
      // untranslated
    }
    boolean refused =
        failure instanceof ChangeRejectedException
            || failure instanceof InvalidUpdateException
            || failure instanceof PortalException;
    return refused ? FAIL : RETRY;
  }
}
