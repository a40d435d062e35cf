package dev.trustportal.api.change;

import dev.trustportal.portal.repository.KeyDetails;
import java.time.Instant;

/**
 * A public key: its ID as in the metadata, the canonical ID the notary CLI prints where it differs
 * (certificate keys), its TUF key type and, for a certificate, its expiry.
 */
public record KeyJson(String id, String canonicalId, String algorithm, Instant expires) {

  public static KeyJson of(KeyDetails key) {
    return new KeyJson(
        key.id(), key.canonicalId().orElse(null), key.algorithm(), key.expires().orElse(null));
  }
}
