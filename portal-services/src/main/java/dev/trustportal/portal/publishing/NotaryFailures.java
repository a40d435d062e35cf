package dev.trustportal.portal.publishing;

import dev.trustportal.notary.server.MetadataNotFoundException;
import dev.trustportal.notary.server.NotaryServerException;
import dev.trustportal.notary.server.ServerUnreachableException;
import dev.trustportal.notary.server.UnauthorizedException;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.TrustDataException;
import dev.trustportal.portal.common.PortalException;
import java.util.function.Supplier;

/**
 * Runs a call of the bridge and turns its failures into the portal's two families: the server
 * cannot be reached or failed (503 to API clients) and the trust data is bad or was refused (502).
 * Other exceptions pass unchanged: they are bugs, not conditions a user can act on.
 */
public final class NotaryFailures {

  private NotaryFailures() {}

  public static <T> T call(Gun gun, Supplier<T> bridgeCall) {
    try {
      return bridgeCall.get();
    } catch (NotaryServerException | TrustDataException failure) {
      throw translate(gun, failure);
    }
  }

  /**
   * The portal's English words for a failure of the bridge, as the exception {@link #call} throws
   * says them.
   */
  public static String describe(Gun gun, RuntimeException failure) {
    if (!(failure instanceof NotaryServerException || failure instanceof TrustDataException)) {
      return failure.toString();
    }
    PortalException translated = translate(gun, failure);
    // Without the unavailable exception's advice to try again: whoever asks for this retries on its
    // own.
    return translated instanceof NotaryUnavailableException
        ? "The notary server is not available: " + translated.arguments()[0]
        : translated.getMessage();
  }

  static PortalException translate(Gun gun, RuntimeException failure) {
    if (failure instanceof TrustDataException bad) {
      return new TrustDataInvalidException(gun.value(), bad.getMessage());
    }
    if (failure instanceof MetadataNotFoundException) {
      return new TrustDataInvalidException(
          gun.value(), "the notary server holds no trust data for it");
    }
    NotaryServerException server = (NotaryServerException) failure;
    boolean unavailable =
        server instanceof ServerUnreachableException
            || server instanceof UnauthorizedException
            || server.status() >= 500;
    return unavailable
        ? new NotaryUnavailableException(reason(server))
        : new TrustDataInvalidException(
            gun.value(), "the notary server refused it: " + server.getMessage());
  }

  /**
   * The JDK's HTTP client reports a refused connection without a message; name its cause instead.
   */
  private static String reason(NotaryServerException failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = failure.getMessage();
    String cause = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.endsWith(": null")
        ? message.substring(0, message.length() - 4) + cause
        : message;
  }
}
