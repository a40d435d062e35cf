package dev.trustportal.notary.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Signature;
import dev.trustportal.notary.tuf.Wire;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.junit.jupiter.api.Test;

class KeysAndSignaturesTest {
  private static final byte[] MESSAGE = "{\"_type\":\"Targets\"}".getBytes(StandardCharsets.UTF_8);

  @Test
  void ecdsaSignaturesAreRaw64BytesAndDerIsRefused() throws Exception {
    SigningKey key = plain(KeyPairs.ecdsaP256());
    Signature sig = Signatures.sign(key, MESSAGE);
    assertThat(sig.method()).isEqualTo(Wire.METHOD_ECDSA);
    assertThat(Base64.getDecoder().decode(sig.sig())).hasSize(64);
    assertThat(Signatures.verify(key.publicKey(), sig, MESSAGE)).isTrue();
    java.security.Signature der = java.security.Signature.getInstance("SHA256withECDSA");
    der.initSign(key.privateKey());
    der.update(MESSAGE);
    Signature derSig =
        new Signature(
            key.keyId(), Wire.METHOD_ECDSA, Base64.getEncoder().encodeToString(der.sign()));
    assertThat(Signatures.verify(key.publicKey(), derSig, MESSAGE)).isFalse();
  }

  @Test
  void rsaPssAndEd25519SignAndVerify() {
    for (SigningKey key : List.of(plain(KeyPairs.rsa(2048)), plain(KeyPairs.ed25519()))) {
      Signature sig = Signatures.sign(key, MESSAGE);
      assertThat(Signatures.verify(key.publicKey(), sig, MESSAGE)).isTrue();
      assertThat(Signatures.verify(key.publicKey(), sig, "other".getBytes())).isFalse();
    }
    assertThat(Signatures.sign(plain(KeyPairs.ed25519()), MESSAGE).method())
        .isEqualTo(Wire.METHOD_EDDSA);
  }

  @Test
  void rejectsWeakRsaKeys() {
    assertThatThrownBy(() -> KeyPairs.rsa(1024))
        .isInstanceOf(KeyFormatException.class)
        .hasMessage("RSA keys must have at least 2048 bits, got 1024");
  }

  @Test
  void rootCertificateFollowsNotaryProfile() throws Exception {
    KeyPair kp = KeyPairs.ecdsaP256();
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    X509Certificate cert = RootCertificates.generate(new Gun("example.com/org/app"), kp, now);
    assertThat(cert.getSubjectX500Principal()).isEqualTo(cert.getIssuerX500Principal());
    assertThat(RootCertificates.commonName(cert)).isEqualTo("example.com/org/app");
    assertThat(cert.getNotAfter().toInstant()).isEqualTo(now.plus(RootCertificates.VALIDITY));
    assertThat(cert.getCriticalExtensionOIDs()).contains("2.5.29.15", "2.5.29.19");
    assertThat(cert.getKeyUsage()).startsWith(true, false, true);
    assertThat(cert.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.3");
    assertThat(cert.getBasicConstraints()).isEqualTo(-1);
    assertThat(cert.getSigAlgName()).isEqualTo("SHA256withECDSA");
    Key key = TufKeys.ofCertificate(cert);
    assertThat(new String(key.publicBytes().toArray(), StandardCharsets.US_ASCII))
        .startsWith("-----BEGIN CERTIFICATE-----\n")
        .endsWith("-----END CERTIFICATE-----\n");
    assertThat(KeyIds.canonical(key)).isEqualTo(KeyIds.of(TufKeys.ofPublicKey(kp.getPublic())));
  }

  @Test
  void encryptedPemUsesTheOnlyFormNotaryDecrypts() {
    KeyPair kp = KeyPairs.ecdsaP256();
    String pem =
        NotaryKeyFiles.export(
            kp.getPrivate(), new Gun("g/x"), RoleName.TARGETS, "pw".toCharArray());
    Pem.Block block = Pem.decodeFirst(pem);
    assertThat(block.type()).isEqualTo("ENCRYPTED PRIVATE KEY");
    assertThat(block.headers()).containsKeys("gun", "path", "role");
    PBES2Parameters pbes2 =
        PBES2Parameters.getInstance(
            EncryptedPrivateKeyInfo.getInstance(block.der())
                .getEncryptionAlgorithm()
                .getParameters());
    PBKDF2Params kdf = PBKDF2Params.getInstance(pbes2.getKeyDerivationFunc().getParameters());
    assertThat(kdf.getIterationCount().intValue()).isEqualTo(2048);
    assertThat(kdf.getSalt()).hasSize(8);
    assertThat(kdf.getKeyLength()).isNull();
    assertThat(kdf.isDefaultPrf()).isTrue();
    assertThat(pbes2.getEncryptionScheme().getAlgorithm())
        .isEqualTo(NISTObjectIdentifiers.id_aes256_CBC);
    assertThat(NotaryKeyFiles.importKey(pem, "pw".toCharArray()).privateKey().getEncoded())
        .isEqualTo(kp.getPrivate().getEncoded());
  }

  @Test
  void rejectsWrongPassphrase() {
    String pem =
        EncryptedPem.encrypt(
            KeyPairs.ecdsaP256().getPrivate(), "right".toCharArray(), java.util.Map.of());
    assertThatThrownBy(() -> EncryptedPem.decrypt(pem, "wrong".toCharArray()))
        .isInstanceOf(WrongPassphraseException.class);
  }

  @Test
  void aWrongPassphraseThatHappensToYieldValidPaddingIsStillAWrongPassphrase() {
    String pem =
        EncryptedPem.encrypt(
            KeyPairs.ecdsaP256().getPrivate(), "right".toCharArray(), java.util.Map.of());
    // About one wrong passphrase in 256 decrypts to valid CBC padding; 1,500 tries meet that case
    // almost surely.
    for (int i = 0; i < 1500; i++) {
      char[] wrong = ("wrong-" + i).toCharArray();
      assertThatThrownBy(() -> EncryptedPem.decrypt(pem, wrong))
          .as("passphrase %s", i)
          .isInstanceOf(WrongPassphraseException.class);
    }
  }

  @Test
  void anEncryptedBlockThatIsNoEncryptedKeyIsAKeyFormatError() {
    String pem = Pem.encode(EncryptedPem.PEM_TYPE, new byte[] {0x30, 0x03, 0x02, 0x01, 0x01});
    assertThatThrownBy(() -> EncryptedPem.decrypt(pem, "pw".toCharArray()))
        .isInstanceOf(KeyFormatException.class)
        .hasMessageContaining("malformed ENCRYPTED PRIVATE KEY");
  }

  private static SigningKey plain(KeyPair kp) {
    return new SigningKey(TufKeys.ofPublicKey(kp.getPublic()), kp.getPrivate());
  }
}
