package dev.trustportal.notary.publish;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
import java.security.PrivateKey;
import java.util.Optional;

/**
 * Key custody, implemented by the host (the portal keeps keys encrypted at rest). Keys are
 * addressed by their canonical key ID, the ID of the plain public key, which is the same for a key
 * and its certificate form and is what notary names its key files by (facts §6). Methods never
 * return null.
 */
public interface SigningKeys {
  /** The private key with this canonical ID, if held. */
  Optional<PrivateKey> find(KeyId canonicalId);

  /** Keeps a key the bridge generated (initialise, key rotation) for the role of this GUN. */
  void store(Gun gun, RoleName role, KeyId canonicalId, PrivateKey key);
}
