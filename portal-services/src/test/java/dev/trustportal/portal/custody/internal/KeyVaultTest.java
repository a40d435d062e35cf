package dev.trustportal.portal.custody.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.portal.custody.KeyRef;
import dev.trustportal.portal.custody.KeyVault;
import dev.trustportal.portal.custody.SealedKey;
import dev.trustportal.portal.custody.SealedKeyMismatchException;
import dev.trustportal.portal.custody.UnknownKeyEncryptionKeyException;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sealing with the embedded PKCS#12 key-encryption key. */
class KeyVaultTest {

  static final KeyRef ACME_ROOT =
      new KeyRef(
          new Gun("registry.example.com/acme/api"), RoleName.ROOT, new KeyId("a".repeat(64)));

  @TempDir Path dataDir;
  KeyVault vault;
  byte[] pkcs8;

  @BeforeEach
  void setUp() throws Exception {
    vault = new KeyVault(Pkcs12Keystore.open(dataDir.resolve("secrets")));
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    ec.initialize(256);
    pkcs8 = ec.generateKeyPair().getPrivate().getEncoded();
  }

  @Test
  void opensWhatItSealed() {
    SealedKey sealed = vault.seal(ACME_ROOT, pkcs8);

    assertThat(vault.unseal(ACME_ROOT, sealed)).isEqualTo(pkcs8);
    assertThat(sealed.kekId()).isEqualTo("pkcs12:portal-kek");
    assertThat(sealed.algorithm()).isEqualTo(SealedKey.AES_256_GCM);
    assertThat(sealed.ciphertext()).hasSize(pkcs8.length + SealedKey.TAG_LENGTH);
  }

  @Test
  void rejectsATamperedCiphertext() {
    byte[] ciphertext = vault.seal(ACME_ROOT, pkcs8).ciphertext();
    ciphertext[5] ^= 0x01;
    SealedKey tampered =
        new SealedKey(
            "pkcs12:portal-kek",
            SealedKey.AES_256_GCM,
            vault.seal(ACME_ROOT, pkcs8).nonce(),
            ciphertext);

    assertThatThrownBy(() -> vault.unseal(ACME_ROOT, tampered))
        .isInstanceOf(SealedKeyMismatchException.class)
        .satisfies(e -> assertThat(((SealedKeyMismatchException) e).ref()).isEqualTo(ACME_ROOT));
  }

  @Test
  void rejectsAFlippedTagByte() {
    SealedKey sealed = vault.seal(ACME_ROOT, pkcs8);
    byte[] ciphertext = sealed.ciphertext();
    ciphertext[ciphertext.length - 1] ^= (byte) 0x80;

    assertThatThrownBy(
            () ->
                vault.unseal(
                    ACME_ROOT,
                    new SealedKey(sealed.kekId(), sealed.algorithm(), sealed.nonce(), ciphertext)))
        .isInstanceOf(SealedKeyMismatchException.class);
  }

  @Test
  void rejectsAKeyCopiedToAnotherRepository() {
    SealedKey sealed = vault.seal(ACME_ROOT, pkcs8);
    KeyRef otherRepository =
        new KeyRef(new Gun("registry.example.com/evil/api"), RoleName.ROOT, ACME_ROOT.keyId());

    assertThatThrownBy(() -> vault.unseal(otherRepository, sealed))
        .isInstanceOf(SealedKeyMismatchException.class)
        .satisfies(
            e -> assertThat(((SealedKeyMismatchException) e).ref()).isEqualTo(otherRepository));
  }

  @Test
  void rejectsAKeyCopiedToAnotherRoleOrKeyId() {
    SealedKey sealed = vault.seal(ACME_ROOT, pkcs8);

    assertThatThrownBy(
            () ->
                vault.unseal(
                    new KeyRef(ACME_ROOT.gun(), RoleName.TARGETS, ACME_ROOT.keyId()), sealed))
        .isInstanceOf(SealedKeyMismatchException.class);
    assertThatThrownBy(
            () ->
                vault.unseal(
                    new KeyRef(ACME_ROOT.gun(), RoleName.ROOT, new KeyId("b".repeat(64))), sealed))
        .isInstanceOf(SealedKeyMismatchException.class);
  }

  @Test
  void drawsAFreshNonceForEverySeal() {
    SealedKey first = vault.seal(ACME_ROOT, pkcs8);
    SealedKey second = vault.seal(ACME_ROOT, pkcs8);

    assertThat(first.nonce()).hasSize(SealedKey.NONCE_LENGTH).isNotEqualTo(second.nonce());
    assertThat(first.ciphertext()).isNotEqualTo(second.ciphertext());
  }

  @Test
  void refusesAKeySealedUnderAnotherKeyEncryptionKey() {
    SealedKey sealed = vault.seal(ACME_ROOT, pkcs8);
    SealedKey elsewhere =
        new SealedKey("pkcs11:other", sealed.algorithm(), sealed.nonce(), sealed.ciphertext());

    assertThatThrownBy(() -> vault.unseal(ACME_ROOT, elsewhere))
        .isInstanceOf(UnknownKeyEncryptionKeyException.class)
        .satisfies(
            e ->
                assertThat(((UnknownKeyEncryptionKeyException) e).sealedUnder())
                    .isEqualTo("pkcs11:other"));
  }
}
