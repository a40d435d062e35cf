package dev.trustportal.portal.custody.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.KeyPairs;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.portal.custody.HeldKey;
import dev.trustportal.portal.custody.HeldKeys;
import dev.trustportal.portal.custody.KeyVault;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bridge's SigningKeys SPI over sealed keys, with the rows in memory. */
class HeldSigningKeysTest {

  static final Gun GUN = new Gun("registry.example.com/acme/api");

  @TempDir Path dataDir;
  InMemoryHeldKeys rows = new InMemoryHeldKeys();
  HeldSigningKeys keys;

  @BeforeEach
  void setUp() {
    KeyVault vault = new KeyVault(Pkcs12Keystore.open(dataDir.resolve("secrets")));
    keys =
        new HeldSigningKeys(
            rows, vault, Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC));
  }

  @Test
  void storesSealedAndFindsTheSameKey() {
    KeyPair pair = KeyPairs.ecdsaP256();
    KeyId id = KeyIds.of(TufKeys.ofPublicKey(pair.getPublic()));

    keys.store(GUN, RoleName.TARGETS, id, pair.getPrivate());

    assertThat(rows.all)
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.ref().keyId()).isEqualTo(id);
              assertThat(row.publicKey()).isEqualTo(pair.getPublic().getEncoded());
            });
    assertThat(keys.find(id))
        .hasValueSatisfying(
            k -> assertThat(k.getEncoded()).isEqualTo(pair.getPrivate().getEncoded()));
  }

  @Test
  void storesAKeyOnlyOncePerRepositoryAndRole() {
    KeyPair pair = KeyPairs.ed25519();
    KeyId id = KeyIds.of(TufKeys.ofPublicKey(pair.getPublic()));

    keys.store(GUN, RoleName.ROOT, id, pair.getPrivate());
    keys.store(GUN, RoleName.ROOT, id, pair.getPrivate());

    assertThat(rows.all).hasSize(1);
    assertThat(keys.find(id)).isPresent();
  }

  @Test
  void findsNothingForAKeyItDoesNotHold() {
    assertThat(keys.find(new KeyId("c".repeat(64)))).isEmpty();
  }

  static final class InMemoryHeldKeys implements HeldKeys {
    final List<HeldKey> all = new ArrayList<>();

    @Override
    public void store(HeldKey key) {
      all.add(key);
    }

    @Override
    public List<HeldKey> find(Gun gun, RoleName role) {
      return all.stream()
          .filter(k -> k.ref().gun().equals(gun) && k.ref().role().equals(role))
          .toList();
    }

    @Override
    public List<HeldKey> findByKeyId(KeyId keyId) {
      return all.stream().filter(k -> k.ref().keyId().equals(keyId)).toList();
    }

    @Override
    public int delete(Gun gun, RoleName role) {
      List<HeldKey> gone = find(gun, role);
      all.removeAll(gone);
      return gone.size();
    }
  }
}
