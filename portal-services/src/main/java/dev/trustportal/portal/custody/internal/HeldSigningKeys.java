package dev.trustportal.portal.custody.internal;

import dev.trustportal.notary.crypto.PrivateKeys;
import dev.trustportal.notary.publish.SigningKeys;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.portal.custody.HeldKey;
import dev.trustportal.portal.custody.HeldKeys;
import dev.trustportal.portal.custody.KeyRef;
import dev.trustportal.portal.custody.KeyVault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.PrivateKey;
import java.time.Clock;
import java.util.Optional;

/**
 * notary-bridge's key custody SPI on top of the held keys: a key is opened only when the bridge
 * asks for it to sign, and a key the bridge generated is sealed before it is stored. The bridge
 * keeps the returned {@link PrivateKey} only for the signing operation; its encoded plaintext is
 * wiped here at once.
 */
@ApplicationScoped
@Transactional
public class HeldSigningKeys implements SigningKeys {

  private final HeldKeys heldKeys;
  private final KeyVault vault;
  private final Clock clock;

  @Inject
  public HeldSigningKeys(HeldKeys heldKeys, KeyVault vault, Clock clock) {
    this.heldKeys = heldKeys;
    this.vault = vault;
    this.clock = clock;
  }

  protected HeldSigningKeys() {
    // for the CDI client proxy
    this(null, null, null);
  }

  @Override
  public Optional<PrivateKey> find(KeyId canonicalId) {
    // Every copy of a key is the same private key; any one that opens will do.
    return heldKeys.findByKeyId(canonicalId).stream().findFirst().map(this::open);
  }

  @Override
  public void store(Gun gun, RoleName role, KeyId canonicalId, PrivateKey key) {
    KeyRef ref = new KeyRef(gun, role, canonicalId);
    // A retried publish stores the same generated key again; one row per ref is enough.
    if (heldKeys.find(gun, role).stream().anyMatch(k -> k.ref().equals(ref))) {
      return;
    }
    byte[] pkcs8 = key.getEncoded();
    try {
      byte[] publicKey = PrivateKeys.publicKeyOf(key).getEncoded();
      heldKeys.store(
          new HeldKey(ref, key.getAlgorithm(), publicKey, vault.seal(ref, pkcs8), clock.instant()));
    } finally {
      KeyVault.wipe(pkcs8);
    }
  }

  private PrivateKey open(HeldKey held) {
    byte[] pkcs8 = vault.unseal(held.ref(), held.sealed());
    try {
      return PrivateKeys.fromPkcs8(pkcs8);
    } finally {
      KeyVault.wipe(pkcs8);
    }
  }
}
