package dev.trustportal.portal.expiry;

import java.time.Instant;
import java.util.List;

/**
 * A delegation the portal cannot re-sign (its keys are its signers') that expires within the
 * warning window or has expired: who can re-sign it and the command that does it.
 *
 * @param signers the signers with a key the delegation lists
 * @param command {@code notary witness <gun> <role> --publish}, run by one of them
 */
public record DelegationWarning(
    String repository,
    String gun,
    String role,
    Instant expires,
    long daysLeft,
    List<String> signers,
    String command) {

  public DelegationWarning {
    signers = List.copyOf(signers);
  }

  public boolean expired() {
    return daysLeft < 0;
  }
}
