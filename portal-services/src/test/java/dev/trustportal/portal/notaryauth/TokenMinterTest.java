package dev.trustportal.portal.notaryauth;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jwt.SignedJWT;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/** The claims and header notary-server checks (notary-auth-storage §1, "JWT checks"). */
class TokenMinterTest {

  private static final Instant NOW = Instant.parse("2026-12-05T20:00:00Z");

  @Test
  void mintsAnEs256TokenThatCarriesItsCertificateAndOneAudienceString() throws Exception {
    KeyPair keys = p256();
    X509Certificate certificate = selfSigned(keys);
    TokenMinter minter =
        new TokenMinter(
            keys.getPrivate(), certificate, "trust-portal", "notary-server", Duration.ofMinutes(5));

    IssuedToken issued =
        minter.mint("alice", List.of(Scope.parse("repository:r.example/acme/app:push,pull")), NOW);
    SignedJWT jwt = SignedJWT.parse(issued.token());

    assertThat(jwt.verify(new ECDSAVerifier((ECPublicKey) keys.getPublic()))).isTrue();
    assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
    assertThat(jwt.getHeader().getX509CertChain()).hasSize(1);
    assertThat(jwt.getHeader().getX509CertChain().get(0).decode())
        .isEqualTo(certificate.getEncoded());
    Map<String, Object> claims = jwt.getPayload().toJSONObject();
    assertThat(claims.get("aud")).isEqualTo("notary-server");
    assertThat(claims)
        .containsEntry("iss", "trust-portal")
        .containsEntry("sub", "alice")
        .containsKey("jti");
    assertThat(jwt.getJWTClaimsSet().getExpirationTime())
        .isEqualTo(Date.from(NOW.plusSeconds(300)));
    assertThat(jwt.getJWTClaimsSet().getNotBeforeTime()).isEqualTo(Date.from(NOW));
    assertThat(claims.get("access"))
        .isEqualTo(
            List.of(
                Map.of(
                    "type",
                    "repository",
                    "name",
                    "r.example/acme/app",
                    "actions",
                    List.of("push", "pull"))));
    assertThat(issued.expiresIn()).isEqualTo(300);
  }

  @Test
  void anAnonymousTokenGrantingNothingStillNamesTheResource() throws Exception {
    KeyPair keys = p256();
    TokenMinter minter =
        new TokenMinter(keys.getPrivate(), selfSigned(keys), "i", "s", Duration.ofMinutes(5));
    Scope nothing = Scope.parse("repository:r.example/acme/app:pull").withActions(List.of());

    SignedJWT jwt = SignedJWT.parse(minter.mint("", List.of(nothing), NOW).token());

    assertThat(jwt.getPayload().toJSONObject().get("access"))
        .isEqualTo(
            List.of(
                Map.of("type", "repository", "name", "r.example/acme/app", "actions", List.of())));
  }

  static KeyPair p256() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(new ECGenParameterSpec("secp256r1"));
    return generator.generateKeyPair();
  }

  static X509Certificate selfSigned(KeyPair keys) throws Exception {
    X500Name name = new X500Name("CN=token signing");
    var builder =
        new JcaX509v3CertificateBuilder(
            name,
            BigInteger.ONE,
            Date.from(NOW.minusSeconds(60)),
            Date.from(NOW.plus(Duration.ofDays(1))),
            name,
            keys.getPublic());
    return new JcaX509CertificateConverter()
        .getCertificate(
            builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())));
  }
}
