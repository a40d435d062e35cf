package dev.trustportal.notary.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import dev.trustportal.notary.tuf.Signature;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/** A signature found valid once is remembered, and the memory never lets anything else pass. */
class VerifiedSignaturesTest {
  private static final byte[] MESSAGE = "{\"_type\":\"Targets\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void aSignatureFoundValidIsValidAgain() {
    SigningKey key = ecdsa();
    Signature sig = Signatures.sign(key, MESSAGE);
    assertThat(Signatures.verify(key.publicKey(), sig, MESSAGE)).isTrue();
    assertThat(Signatures.verify(key.publicKey(), sig, MESSAGE.clone())).isTrue();
  }

  @Test
  void aRememberedSignatureDoesNotPassForAnotherMessage() {
    SigningKey key = ecdsa();
    Signature sig = Signatures.sign(key, MESSAGE);
    assertThat(Signatures.verify(key.publicKey(), sig, MESSAGE)).isTrue();
    byte[] tampered = "{\"_type\":\"Targetz\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(Signatures.verify(key.publicKey(), sig, tampered)).isFalse();
  }

  @Test
  void aRememberedSignatureDoesNotPassForAnotherKey() {
    SigningKey key = ecdsa();
    SigningKey other = ecdsa();
    Signature sig = Signatures.sign(key, MESSAGE);
    assertThat(Signatures.verify(key.publicKey(), sig, MESSAGE)).isTrue();
    assertThat(Signatures.verify(other.publicKey(), sig, MESSAGE)).isFalse();
  }

  @Test
  void anAlteredSignatureIsRefusedAfterTheOriginalPassed() {
    SigningKey key = ecdsa();
    Signature sig = Signatures.sign(key, MESSAGE);
    assertThat(Signatures.verify(key.publicKey(), sig, MESSAGE)).isTrue();
    byte[] raw = Base64.getDecoder().decode(sig.sig());
    raw[raw.length - 1] ^= 1;
    Signature altered =
        new Signature(sig.keyId(), sig.method(), Base64.getEncoder().encodeToString(raw));
    assertThat(Signatures.verify(key.publicKey(), altered, MESSAGE)).isFalse();
  }

  @Test
  void anEntryIsTheKeyTheSignatureAndTheDigestTogether() {
    SigningKey key = ecdsa();
    Signature sig = Signatures.sign(key, MESSAGE);
    VerifiedSignatures memory = new VerifiedSignatures();
    byte[] digest = new byte[32];
    assertThat(memory.contains(key.publicKey(), sig, digest)).isFalse();
    memory.add(key.publicKey(), sig, digest);
    assertThat(memory.contains(key.publicKey(), sig, digest)).isTrue();
    digest[0] = 1;
    assertThat(memory.contains(key.publicKey(), sig, digest)).isFalse();
  }

  private static SigningKey ecdsa() {
    java.security.KeyPair pair = KeyPairs.ecdsaP256();
    return new SigningKey(TufKeys.ofPublicKey(pair.getPublic()), pair.getPrivate());
  }
}
