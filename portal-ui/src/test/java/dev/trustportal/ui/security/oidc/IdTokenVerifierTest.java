package dev.trustportal.ui.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The checks of OpenID Connect Core §3.1.3.7, each with the attack it stops. Nimbus' validator
 * reads the system clock, so the tokens are made relative to now.
 */
class IdTokenVerifierTest {

  private static final String ISSUER = "https://sso.example.test/realms/acme";
  private static final String CLIENT = "trust-portal";
  private static final String NONCE = "n-0S6_WzA2Mj";
  private static final Instant NOW = Instant.now();

  private final RSAKey providerKey = generate("provider");
  private final IdTokenVerifier verifier =
      new IdTokenVerifier(
          ISSUER, CLIENT, new ImmutableJWKSet<>(new JWKSet(providerKey.toPublicJWK())));

  @Test
  void acceptsATokenOfTheProviderForThisClientAndSignIn() throws Exception {
    JWTClaimsSet claims = verifier.verify(sign(providerKey, claims(b -> b)), NONCE);

    assertThat(claims.getSubject()).isEqualTo("f81d4fae");
    assertThat(claims.getStringClaim("preferred_username")).isEqualTo("alice");
  }

  @Test
  void rejectsATokenSignedByAnotherKey() {
    assertRejected(sign(generate("provider"), claims(b -> b)), "Signed JWT rejected");
  }

  @Test
  void rejectsAnUnsignedToken() {
    String unsigned = new PlainJWT(claims(b -> b)).serialize();

    assertRejected(unsigned, "Signed ID token expected");
  }

  @Test
  void rejectsAnHmacTokenKeyedWithThePublicKey() throws Exception {
    // The classic algorithm confusion: HS256 keyed with what everybody can fetch from the JWK set.
    SignedJWT forged = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims(b -> b));
    forged.sign(new MACSigner(providerKey.toPublicJWK().toRSAPublicKey().getEncoded()));

    assertRejected(forged.serialize(), "Signed JWT rejected");
  }

  @Test
  void rejectsATokenOfAnotherIssuer() {
    assertRejected(
        sign(providerKey, claims(b -> b.issuer("https://evil.example.test/realms/acme"))), "iss");
  }

  @Test
  void rejectsATokenIssuedToAnotherClient() {
    assertRejected(
        sign(providerKey, claims(b -> b.audience("another-app").claim("azp", "another-app"))),
        "aud");
  }

  @Test
  void rejectsATokenForSeveralAudiencesAuthorisedForAnotherParty() {
    JWTClaimsSet shared =
        claims(b -> b.audience(List.of(CLIENT, "another-app")).claim("azp", "another-app"));

    assertRejected(sign(providerKey, shared), "issued to 'another-app'");
  }

  @Test
  void rejectsAnExpiredToken() {
    assertRejected(
        sign(
            providerKey,
            claims(b -> b.expirationTime(Date.from(NOW.minus(Duration.ofMinutes(5)))))),
        "Expired JWT");
  }

  @Test
  void rejectsAReplayedTokenOfAnotherSignIn() {
    assertRejected(
        sign(providerKey, claims(b -> b.claim("nonce", "nonce-of-another-sign-in"))), "nonce");
  }

  @Test
  void rejectsATokenWithoutNonce() {
    assertRejected(sign(providerKey, claims(b -> b.claim("nonce", null))), "nonce");
  }

  @Test
  void rejectsSomethingThatIsNoJwt() {
    assertRejected("not-a-token", "not a signed JWT");
  }

  private void assertRejected(String token, String reason) {
    assertThatThrownBy(() -> verifier.verify(token, NONCE))
        .isInstanceOf(InvalidIdTokenException.class)
        .hasMessageContaining(reason);
  }

  private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
    JWTClaimsSet.Builder builder =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject("f81d4fae")
            .audience(CLIENT)
            .claim("azp", CLIENT)
            .issueTime(Date.from(NOW.minusSeconds(5)))
            .expirationTime(Date.from(NOW.plus(Duration.ofMinutes(5))))
            .claim("nonce", NONCE)
            .claim("preferred_username", "alice");
    return change.apply(builder).build();
  }

  private static String sign(RSAKey key, JWTClaimsSet claims) {
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  private static RSAKey generate(String keyId) {
    try {
      return new RSAKeyGenerator(2048).keyID(keyId).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }
}
