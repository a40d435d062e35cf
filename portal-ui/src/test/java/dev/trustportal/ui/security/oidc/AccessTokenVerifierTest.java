package dev.trustportal.ui.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Access tokens of the provider on the REST API: issued to this client, and nothing else will do.
 */
class AccessTokenVerifierTest {

  private static final String ISSUER = "https://sso.example.test/realms/acme";
  private static final String CLIENT = "trust-portal";
  private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

  private final RSAKey providerKey = generate("provider");
  private final AccessTokenVerifier verifier =
      new AccessTokenVerifier(
          ISSUER,
          CLIENT,
          new ImmutableJWKSet<>(new JWKSet(providerKey.toPublicJWK())),
          Clock.fixed(NOW, ZoneOffset.UTC));

  @Test
  void acceptsKeycloaksAccessTokenForThisClient() throws Exception {
    // Keycloak's shape: audience "account", the client as azp, typ Bearer.
    JWTClaimsSet claims = verifier.verify(sign(providerKey, claims(b -> b)));

    assertThat(claims.getStringClaim("preferred_username")).isEqualTo("alice");
  }

  @Test
  void acceptsATokenForThisClientAsAudience() throws Exception {
    JWTClaimsSet claims =
        verifier.verify(sign(providerKey, claims(b -> b.audience(CLIENT).claim("azp", "cli"))));

    assertThat(claims.getSubject()).isEqualTo("f81d4fae");
  }

  @Test
  void rejectsATokenIssuedToAnotherClient() {
    assertRejected(
        sign(providerKey, claims(b -> b.claim("azp", "another-app"))), "issued to 'another-app'");
  }

  @Test
  void rejectsAnIdTokenPresentedAsAccessToken() {
    assertRejected(sign(providerKey, claims(b -> b.claim("typ", "ID"))), "not an access token");
  }

  @Test
  void rejectsATokenOfAnotherIssuer() {
    assertRejected(
        sign(providerKey, claims(b -> b.issuer("https://evil.example.test/realms/acme"))), "iss");
  }

  @Test
  void rejectsATokenSignedByAnotherKey() {
    assertRejected(sign(generate("provider"), claims(b -> b)), "Signed JWT rejected");
  }

  @Test
  void rejectsAnExpiredToken() {
    assertRejected(
        sign(
            providerKey,
            claims(b -> b.expirationTime(Date.from(NOW.minus(Duration.ofMinutes(5)))))),
        "Expired JWT");
  }

  private void assertRejected(String token, String reason) {
    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOf(InvalidIdTokenException.class)
        .hasMessageContaining(reason);
  }

  private static JWTClaimsSet claims(UnaryOperator<JWTClaimsSet.Builder> change) {
    JWTClaimsSet.Builder builder =
        new JWTClaimsSet.Builder()
            .issuer(ISSUER)
            .subject("f81d4fae")
            .audience("account")
            .claim("azp", CLIENT)
            .claim("typ", "Bearer")
            .issueTime(Date.from(NOW.minusSeconds(5)))
            .expirationTime(Date.from(NOW.plus(Duration.ofMinutes(5))))
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
