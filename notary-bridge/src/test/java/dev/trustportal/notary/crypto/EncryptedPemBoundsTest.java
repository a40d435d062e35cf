package dev.trustportal.notary.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.Map;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.EncryptionScheme;
import org.bouncycastle.asn1.pkcs.KeyDerivationFunc;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.junit.jupiter.api.Test;

/**
 * An uploaded key file cannot make us derive keys for hours: its PBKDF2 parameters are bounded
 * first.
 */
class EncryptedPemBoundsTest {

  @Test
  void refusesAHugeIterationCountBeforeAnyDerivation() {
    String pem = keyFile(2_000_000_000, new byte[8], new byte[160]);

    long start = System.nanoTime();
    assertThatThrownBy(() -> EncryptedPem.decrypt(pem, "x".toCharArray()))
        .isInstanceOf(KeyFormatException.class)
        .hasMessageContaining(
            "2000000000 PBKDF2 iterations; notary writes 2048 and at most 100000 are accepted");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(1));
  }

  @Test
  void refusesAHugeSaltAndAHugeCiphertext() {
    assertThatThrownBy(
            () ->
                EncryptedPem.decrypt(
                    keyFile(2048, new byte[4096], new byte[160]), "x".toCharArray()))
        .isInstanceOf(KeyFormatException.class)
        .hasMessageContaining("salt has 4096 bytes");
    assertThatThrownBy(
            () ->
                EncryptedPem.decrypt(
                    keyFile(2048, new byte[8], new byte[1 << 20]), "x".toCharArray()))
        .isInstanceOf(KeyFormatException.class)
        .hasMessageContaining("encrypted key has 1048576 bytes");
  }

  @Test
  void aKeyFileAsNotaryWritesItStillDecrypts() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    var key = generator.generateKeyPair().getPrivate();
    String pem = EncryptedPem.encrypt(key, "passphrase".toCharArray(), Map.of("role", "root"));

    assertThat(EncryptedPem.decrypt(pem, "passphrase".toCharArray()).privateKey().getEncoded())
        .isEqualTo(key.getEncoded());
  }

  private static String keyFile(int iterations, byte[] salt, byte[] cipherText) {
    try {
      KeyDerivationFunc kdf =
          new KeyDerivationFunc(
              PKCSObjectIdentifiers.id_PBKDF2, new PBKDF2Params(salt, iterations));
      EncryptionScheme scheme =
          new EncryptionScheme(
              NISTObjectIdentifiers.id_aes256_CBC, new DEROctetString(new byte[16]));
      AlgorithmIdentifier alg =
          new AlgorithmIdentifier(PKCSObjectIdentifiers.id_PBES2, new PBES2Parameters(kdf, scheme));
      return Pem.encode(
          EncryptedPem.PEM_TYPE,
          Map.of(),
          new EncryptedPrivateKeyInfo(alg, cipherText).getEncoded("DER"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
