package dev.trustportal.ui.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Verifies an ID token as OpenID Connect Core §3.1.3.7 asks: a signature by a key of the provider's
 * JWK set with an asymmetric algorithm (so neither {@code none} nor an HMAC keyed with something
 * public passes, step 6-8), the issuer exactly (step 2), this client among the audiences (step 3)
 * and as {@code azp} when there are several (steps 4-5), not expired (step 9, one minute of clock
 * skew), an issue time (step 10) and the nonce of this sign-in (step 11).
 */
final class IdTokenVerifier {

  private static final Set<JWSAlgorithm> ASYMMETRIC =
      Set.of(
          JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
          JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512,
          JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512, JWSAlgorithm.Ed25519);
  private static final Set<String> REQUIRED = Set.of("iss", "sub", "aud", "exp", "iat", "nonce");

  private final String issuer;
  private final String clientId;
  private final JWKSource<SecurityContext> keys;
  private final Clock clock;

  IdTokenVerifier(String issuer, String clientId, JWKSource<SecurityContext> keys, Clock clock) {
    this.issuer = issuer;
    this.clientId = clientId;
    this.keys = keys;
    this.clock = clock;
  }

  /**
   * @return the verified claims
   * @throws InvalidIdTokenException naming the check that failed
   */
  JWTClaimsSet verify(String idToken, String nonce) throws InvalidIdTokenException {
    DefaultJWTProcessor<SecurityContext> processor = processor(keys, claimsVerifier(nonce));
    JWTClaimsSet claims;
    try {
      claims = processor.process(idToken, null);
    } catch (ParseException e) {
      throw new InvalidIdTokenException("The ID token is not a signed JWT: " + e.getMessage(), e);
    } catch (BadJOSEException | JOSEException e) {
      throw new InvalidIdTokenException("The ID token was refused: " + e.getMessage(), e);
    }
    List<String> audiences = claims.getAudience();
    Object authorizedParty = claims.getClaim("azp");
    if ((audiences.size() > 1 || authorizedParty != null) && !clientId.equals(authorizedParty)) {
      throw new InvalidIdTokenException("The ID token was issued to '" + authorizedParty + "', not to " + clientId + ".");
    }
    return claims;
  }

  /** Signatures by a key of the provider's set with an asymmetric algorithm only, then the claims' checks. */
  static DefaultJWTProcessor<SecurityContext> processor(
      JWKSource<SecurityContext> keys, DefaultJWTClaimsVerifier<SecurityContext> claims) {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(new JWSVerificationKeySelector<>(new HashSet<>(ASYMMETRIC), keys));
    processor.setJWTClaimsSetVerifier(claims);
    return processor;
  }

  private DefaultJWTClaimsVerifier<SecurityContext> claimsVerifier(String nonce) {
    JWTClaimsSet exact = new JWTClaimsSet.Builder().issuer(issuer).claim("nonce", nonce).build();
    // Mutable sets: some Nimbus versions (Payara's own is 10.4.2) ask them whether they contain null,
    // which Set.of answers with a NullPointerException.
    return new DefaultJWTClaimsVerifier<>(new HashSet<>(Set.of(clientId)), exact, new HashSet<>(REQUIRED), new HashSet<>()) {
      @Override
      protected Date currentTime() {
        return Date.from(clock.instant());
      }
    };
  }
}
