package dev.trustportal.portal.signer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.trustportal.notary.crypto.KeyIds;
import dev.trustportal.notary.crypto.TufKeys;
import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.Wire;
import dev.trustportal.portal.common.PortalException;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class SignerKeysTest {

  private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
  private static final Instant YEAR_AGO = NOW.minus(Duration.ofDays(365));
  private static final Instant YEAR_ON = NOW.plus(Duration.ofDays(365));

  @Test
  void aP256PublicKeyBecomesAnEcdsaKeyWithItsSpkiUnchanged() {
    KeyPair keys = TestKeys.p256();

    Key key = SignerKeys.parse(SignerKeyInput.publicKey(TestKeys.publicPem(keys)), NOW);

    assertThat(key.keyType()).isEqualTo(Wire.KEY_ECDSA);
    assertThat(key.publicBytes().toArray()).isEqualTo(keys.getPublic().getEncoded());
  }

  @Test
  void anRsa2048PublicKeyBecomesAnRsaKey() {
    Key key =
        SignerKeys.parse(SignerKeyInput.publicKey(TestKeys.publicPem(TestKeys.rsa(2048))), NOW);

    assertThat(key.keyType()).isEqualTo(Wire.KEY_RSA);
  }

  @Test
  void aCertificateBecomesAnX509KeyWithTheCertificatePemAsPublicValue() {
    String pem = TestKeys.certificatePem(TestKeys.p256(), YEAR_AGO, YEAR_ON);

    Key key = SignerKeys.parse(SignerKeyInput.certificate(pem), NOW);

    assertThat(key.keyType()).isEqualTo(Wire.KEY_ECDSA_X509);
    assertThat(new String(Base64.getDecoder().decode(key.publicValue()), StandardCharsets.US_ASCII))
        .isEqualTo(pem);
    // The canonical ID is the plain key's ID, as notary's CLI prints it.
    Key plain =
        SignerKeys.parse(SignerKeyInput.publicKey(TestKeys.publicPem(TestKeys.p256())), NOW);
    assertThat(KeyIds.canonical(key)).isEqualTo(KeyIds.of(plain));
    assertThat(TufKeys.certificate(key).getNotAfter().toInstant()).isEqualTo(YEAR_ON);
  }

  @Test
  void anRsaCertificateBecomesRsaX509() {
    String pem = TestKeys.certificatePem(TestKeys.rsa(2048), YEAR_AGO, YEAR_ON);

    assertThat(SignerKeys.parse(SignerKeyInput.certificate(pem), NOW).keyType())
        .isEqualTo(Wire.KEY_RSA_X509);
  }

  @Test
  void acceptsDockerTrustPublicKeyFilesWithTheirRoleHeaderAndSurroundingText() {
    String pem =
        TestKeys.publicPem(TestKeys.p256())
            .replace("-----BEGIN PUBLIC KEY-----\n", "-----BEGIN PUBLIC KEY-----\nrole: carol\n\n");

    Key key = SignerKeys.parse(SignerKeyInput.publicKey("carol.pub:\n" + pem + "\n\n"), NOW);

    assertThat(key.publicBytes().toArray()).isEqualTo(TestKeys.p256().getPublic().getEncoded());
  }

  @Test
  void ofPemSendsCertificatesToTheCertificateField() {
    String certificate = TestKeys.certificatePem(TestKeys.p256(), YEAR_AGO, YEAR_ON);
    String publicKey = TestKeys.publicPem(TestKeys.p256());

    assertThat(SignerKeyInput.ofPem(certificate))
        .isEqualTo(SignerKeyInput.certificate(certificate));
    assertThat(SignerKeyInput.ofPem(publicKey)).isEqualTo(SignerKeyInput.publicKey(publicKey));
  }

  @Test
  void refusesRsaBelow2048BitsAndSaysHowManyItHas() {
    refused(SignerKeyInput.publicKey(TestKeys.publicPem(TestKeys.rsa(1024))), "rsa_too_short")
        .hasMessageContaining("1024 bits")
        .hasMessageContaining("2048");
  }

  @Test
  void refusesAWeakRsaKeyInACertificateToo() {
    String pem = TestKeys.certificatePem(TestKeys.rsa(1024), YEAR_AGO, YEAR_ON);

    refused(SignerKeyInput.certificate(pem), "rsa_too_short");
  }

  @Test
  void refusesCurvesOtherThanP256AndNamesThem() {
    refused(SignerKeyInput.publicKey(TestKeys.publicPem(TestKeys.ec("secp384r1"))), "curve")
        .hasMessageContaining("secp384r1")
        .hasMessageContaining("P-256");
    refused(SignerKeyInput.publicKey(TestKeys.publicPem(TestKeys.ec("secp256k1"))), "curve")
        .hasMessageContaining("secp256k1");
  }

  @Test
  void refusesEd25519() {
    refused(SignerKeyInput.publicKey(TestKeys.publicPem(TestKeys.ed25519())), "ed25519")
        .hasMessageContaining("Ed25519")
        .hasMessageContaining("P-256");
  }

  @Test
  void refusesAnExpiredCertificateAndSaysItsDates() {
    Instant from = NOW.minus(Duration.ofDays(30));
    Instant until = NOW.minus(Duration.ofDays(1));
    String pem = TestKeys.certificatePem(TestKeys.p256(), from, until);

    refused(SignerKeyInput.certificate(pem), "expired")
        .hasMessageContaining("expired on " + until)
        .hasMessageContaining(from.toString());
  }

  @Test
  void refusesACertificateNotValidYetAndSaysItsDates() {
    Instant from = NOW.plus(Duration.ofDays(1));
    String pem = TestKeys.certificatePem(TestKeys.p256(), from, YEAR_ON);

    refused(SignerKeyInput.certificate(pem), "not_yet_valid")
        .hasMessageContaining("valid from " + from + " to " + YEAR_ON);
  }

  @Test
  void refusesACertificateSignedWithSha1AsNotaryDoes() {
    String pem = TestKeys.certificatePem(TestKeys.p256(), YEAR_AGO, YEAR_ON, "SHA1withECDSA");

    refused(SignerKeyInput.certificate(pem), "sha1");
  }

  @Test
  void refusesEveryKindOfPrivateKeyAndSaysNeverToPasteIt() {
    String pkcs8 = TestKeys.privatePem(TestKeys.p256());
    String body = pkcs8.substring(pkcs8.indexOf('\n') + 1, pkcs8.indexOf("-----END"));
    for (String type :
        new String[] {
          "PRIVATE KEY",
          "EC PRIVATE KEY",
          "RSA PRIVATE KEY",
          "ENCRYPTED PRIVATE KEY",
          "OPENSSH PRIVATE KEY"
        }) {
      String pem = "-----BEGIN " + type + "-----\n" + body + "-----END " + type + "-----\n";
      refused(SignerKeyInput.publicKey(pem), "private_key")
          .hasMessageStartingWith(
              "This is a private key; paste the public key or certificate, never the private key")
          .hasMessageContaining(type);
    }
  }

  @Test
  void refusesAPrivateKeyPastedWithItsPublicKey() {
    String both = TestKeys.publicPem(TestKeys.p256()) + TestKeys.privatePem(TestKeys.p256());

    refused(SignerKeyInput.publicKey(both), "private_key");
  }

  @Test
  void refusesAPrivateKeyInTheCertificateField() {
    refused(SignerKeyInput.certificate(TestKeys.privatePem(TestKeys.p256())), "private_key");
  }

  @Test
  void refusesMoreThanOnePemBlock() {
    String two = TestKeys.publicPem(TestKeys.p256()) + TestKeys.publicPem(TestKeys.ec("secp256r1"));

    refused(SignerKeyInput.publicKey(two), "several_blocks")
        .hasMessageContaining("Found 2 PEM blocks");
  }

  @Test
  void refusesTextThatIsNoPem() {
    refused(
            SignerKeyInput.publicKey("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB alice@laptop"),
            "not_pem")
        .hasMessageContaining("-----BEGIN PUBLIC KEY-----");
  }

  @Test
  void refusesABlockWithBrokenBase64OrNoEndLine() {
    String pem = TestKeys.publicPem(TestKeys.p256());
    refused(SignerKeyInput.publicKey(pem.replace("-----END PUBLIC KEY-----\n", "")), "malformed");
    refused(
        SignerKeyInput.publicKey(pem.substring(0, 60) + "!!!" + pem.substring(60)), "malformed");
    refused(
        SignerKeyInput.publicKey("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"),
        "malformed");
  }

  @Test
  void refusesTheWrongBlockTypeForTheField() {
    String certificate = TestKeys.certificatePem(TestKeys.p256(), YEAR_AGO, YEAR_ON);
    refused(SignerKeyInput.publicKey(certificate), "wrong_type")
        .hasMessageContaining("CERTIFICATE");
    refused(SignerKeyInput.certificate(TestKeys.publicPem(TestKeys.p256())), "wrong_type");
  }

  @Test
  void refusesEmptyMissingAndDoubleInput() {
    refused(new SignerKeyInput(null, null), "none");
    refused(null, "none");
    refused(SignerKeyInput.publicKey("  \n"), "empty");
    refused(
        new SignerKeyInput(
            TestKeys.publicPem(TestKeys.p256()), TestKeys.publicPem(TestKeys.p256())),
        "both");
  }

  private static AbstractThrowableAssert<?, ? extends Throwable> refused(
      SignerKeyInput input, String cause) {
    return assertThatThrownBy(() -> SignerKeys.parse(input, NOW))
        .isInstanceOfSatisfying(
            InvalidSignerKeyException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(PortalException.Kind.INVALID_INPUT);
              assertThat(e.code()).isEqualTo("invalid_signer_key");
              assertThat(e.messageKey()).isEqualTo("error.invalid_signer_key." + cause);
            });
  }
}
