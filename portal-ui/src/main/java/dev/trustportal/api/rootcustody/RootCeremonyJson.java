package dev.trustportal.api.rootcustody;

import dev.trustportal.portal.rootcustody.RootCeremony;
import java.time.Instant;
import java.util.List;

/**
 * A root ceremony: the operation in plain words, the digest every touch is bound to (SHA-256 of the
 * prepared root's canonical bytes), the state, and who has signed so far against the threshold.
 */
public record RootCeremonyJson(
    long id,
    String gun,
    String operation,
    String summary,
    String digest,
    String state,
    int threshold,
    int custodians,
    String progress,
    List<TouchJson> touches,
    Instant createdAt,
    Instant expiresAt,
    String publishError) {

  /** A custodian's signature. */
  public record TouchJson(String username, String rootKeyId, Instant signedAt) {}

  static RootCeremonyJson of(RootCeremony c) {
    return new RootCeremonyJson(
        c.id(),
        c.gun(),
        c.operation(),
        c.summary(),
        c.digest(),
        c.state().name(),
        c.threshold(),
        c.custodians(),
        c.progress(),
        c.touches().stream()
            .map(t -> new TouchJson(t.username(), t.rootKeyId(), t.signedAt()))
            .toList(),
        c.createdAt(),
        c.expiresAt(),
        c.publishError());
  }
}
