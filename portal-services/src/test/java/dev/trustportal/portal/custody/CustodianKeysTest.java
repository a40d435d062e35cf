package dev.trustportal.portal.custody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.KeyId;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Wrapping root keys for custodians: only the enrolled security key's PRF output opens them. */
class CustodianKeysTest {

  private static final Gun GUN = new Gun("registry.example.com/acme/api");
  private static final KeyId KEY = new KeyId("a".repeat(64));
  private static final WrapBinding ALICE_BINDING = new WrapBinding(7, KEY, GUN);

  private final SecureRandom random = new SecureRandom();
  private byte[] rootKey;
  private byte[] alicePrf;
  private byte[] aliceSalt;
  private CustodianPublicKey alice;

  @BeforeEach
  void setUp() throws Exception {
    KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
    ec.initialize(256);
    rootKey = ec.generateKeyPair().getPrivate().getEncoded();
    alicePrf = bytes(32);
    aliceSalt = CustodianKeys.newSalt();
    alice = CustodianKeys.publicKey(alicePrf, aliceSalt);
  }

  @Test
  void theEnrolledKeysPrfOutputOpensWhatWasWrappedForItsPublicKey() {
    WrappedRootKey wrapped = CustodianKeys.wrap(alice, ALICE_BINDING, rootKey);

    assertThat(CustodianKeys.unwrap(alicePrf, aliceSalt, alice, ALICE_BINDING, wrapped))
        .isEqualTo(rootKey);
    assertThat(java.util.Arrays.copyOf(wrapped.ciphertext(), rootKey.length)).isNotEqualTo(rootKey);
  }

  @Test
  void thePublicKeyIsTheSameForTheSamePrfOutputAndSaltAndDiffersOtherwise() {
    assertThat(CustodianKeys.publicKey(alicePrf, aliceSalt)).isEqualTo(alice);
    assertThat(CustodianKeys.publicKey(alicePrf, CustodianKeys.newSalt())).isNotEqualTo(alice);
    assertThat(CustodianKeys.publicKey(bytes(32), aliceSalt)).isNotEqualTo(alice);
  }

  @Test
  void refusesAWrongPrfOutput() {
    WrappedRootKey wrapped = CustodianKeys.wrap(alice, ALICE_BINDING, rootKey);

    assertThatThrownBy(
            () -> CustodianKeys.unwrap(bytes(32), aliceSalt, alice, ALICE_BINDING, wrapped))
        .isInstanceOf(RootKeyNotOpenedException.class)
        .hasMessageContaining("not the PRF output of the enrolled custodian key");
    assertThatThrownBy(
            () ->
                CustodianKeys.unwrap(
                    alicePrf, CustodianKeys.newSalt(), alice, ALICE_BINDING, wrapped))
        .isInstanceOf(RootKeyNotOpenedException.class);
    assertThatThrownBy(
            () -> CustodianKeys.unwrap(new byte[16], aliceSalt, alice, ALICE_BINDING, wrapped))
        .isInstanceOf(RootKeyNotOpenedException.class)
        .hasMessageContaining("32 bytes");
  }

  @Test
  void refusesATamperedBlob() {
    WrappedRootKey wrapped = CustodianKeys.wrap(alice, ALICE_BINDING, rootKey);
    byte[] ciphertext = wrapped.ciphertext();
    ciphertext[3] ^= 1;
    byte[] nonce = wrapped.nonce();
    nonce[0] ^= 1;
    byte[] ephemeral = wrapped.ephemeralPublicKey();
    ephemeral[5] ^= 1;

    for (WrappedRootKey tampered :
        new WrappedRootKey[] {
          new WrappedRootKey(wrapped.ephemeralPublicKey(), wrapped.nonce(), ciphertext),
          new WrappedRootKey(wrapped.ephemeralPublicKey(), nonce, wrapped.ciphertext()),
          new WrappedRootKey(ephemeral, wrapped.nonce(), wrapped.ciphertext())
        }) {
      assertThatThrownBy(
              () -> CustodianKeys.unwrap(alicePrf, aliceSalt, alice, ALICE_BINDING, tampered))
          .isInstanceOf(RootKeyNotOpenedException.class);
    }
  }

  @Test
  void anotherCustodiansKeyDoesNotOpenIt() {
    byte[] bobPrf = bytes(32);
    byte[] bobSalt = CustodianKeys.newSalt();
    CustodianPublicKey bob = CustodianKeys.publicKey(bobPrf, bobSalt);
    WrappedRootKey forAlice = CustodianKeys.wrap(alice, ALICE_BINDING, rootKey);

    // Bob's own PRF output, with his enrolment, against Alice's blob (as if copied into his row).
    assertThatThrownBy(() -> CustodianKeys.unwrap(bobPrf, bobSalt, bob, ALICE_BINDING, forAlice))
        .isInstanceOf(RootKeyNotOpenedException.class);
    assertThatThrownBy(() -> CustodianKeys.unwrap(bobPrf, bobSalt, alice, ALICE_BINDING, forAlice))
        .isInstanceOf(RootKeyNotOpenedException.class);
  }

  @Test
  void refusesWrongAssociatedData() {
    WrappedRootKey wrapped = CustodianKeys.wrap(alice, ALICE_BINDING, rootKey);

    for (WrapBinding other :
        new WrapBinding[] {
          new WrapBinding(8, KEY, GUN),
          new WrapBinding(7, new KeyId("b".repeat(64)), GUN),
          new WrapBinding(7, KEY, new Gun("registry.example.com/acme/web"))
        }) {
      assertThatThrownBy(() -> CustodianKeys.unwrap(alicePrf, aliceSalt, alice, other, wrapped))
          .isInstanceOf(RootKeyNotOpenedException.class)
          .hasMessageContaining("bound to another custodian, key or repository");
    }
  }

  @Test
  void eachWrapDrawsAFreshEphemeralKeyAndNonce() {
    WrappedRootKey first = CustodianKeys.wrap(alice, ALICE_BINDING, rootKey);
    WrappedRootKey second = CustodianKeys.wrap(alice, ALICE_BINDING, rootKey);

    assertThat(first.ephemeralPublicKey()).isNotEqualTo(second.ephemeralPublicKey());
    assertThat(first.nonce()).isNotEqualTo(second.nonce());
  }

  private byte[] bytes(int length) {
    byte[] out = new byte[length];
    random.nextBytes(out);
    return out;
  }
}
