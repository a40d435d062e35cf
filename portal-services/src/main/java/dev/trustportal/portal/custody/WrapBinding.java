package dev.trustportal.portal.custody;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.KeyId;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * What a wrapped root key is bound to, as AES-GCM associated data: the custodian's security key
 * (its portal ID), the root key's canonical ID and the repository. A wrapped key copied to another
 * custodian's row, another key or another repository does not open.
 */
public record WrapBinding(long custodianKeyId, KeyId keyId, Gun gun) {

  // Versioned so that a later encoding cannot be confused with this one.
  private static final String PREFIX = "trust-portal/custodian-root-key/v1\n";

  public WrapBinding {
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(gun, "gun");
  }

  /** Newline-separated: none of the three parts can contain a newline. */
  byte[] associatedData() {
    return (PREFIX + custodianKeyId + "\n" + keyId.value() + "\n" + gun.value())
        .getBytes(StandardCharsets.UTF_8);
  }
}
