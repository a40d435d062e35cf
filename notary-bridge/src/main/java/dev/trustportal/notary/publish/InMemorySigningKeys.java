package dev.trustportal.notary.publish;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.PrivateKeys;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
import java.security.PrivateKey;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link SigningKeys} in memory, for tests and standalone use. Keys are lost with the object. */
public final class InMemorySigningKeys implements SigningKeys {
  private final Map<KeyId, PrivateKey> keys = new ConcurrentHashMap<>();
  private final Map<KeyId, String> labels = new ConcurrentHashMap<>();

  @Override
  public Optional<PrivateKey> find(KeyId canonicalId) {
    return Optional.ofNullable(keys.get(canonicalId));
  }

  @Override
  public void store(Gun gun, RoleName role, KeyId canonicalId, PrivateKey key) {
    keys.put(canonicalId, key);
    labels.put(canonicalId, role.isDelegation() ? role.value() : gun + " " + role);
  }

  /** Adds a key obtained elsewhere (imported PEM); returns its canonical ID. */
  public KeyId add(PrivateKey key) {
    KeyId id = KeyIds.of(TufKeys.ofPublicKey(PrivateKeys.publicKeyOf(key)));
    keys.put(id, key);
    return id;
  }

  public void remove(KeyId canonicalId) {
    keys.remove(canonicalId);
    labels.remove(canonicalId);
  }

  /** What each held key was stored for ("gun role" or the delegation), by canonical ID. */
  public Map<KeyId, String> labels() {
    return Map.copyOf(labels);
  }
}
