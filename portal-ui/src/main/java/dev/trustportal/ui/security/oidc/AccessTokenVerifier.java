package dev.trustportal.ui.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.util.Date;
import java.util.HashSet;
import java.util.Set;

/**
 * Verifies an access token the provider issued to this client (OpenID Connect has no rule for
 * access tokens and Nimbus' SDK no validator for Keycloak's, so the JWT processing of Nimbus JOSE
 * is set up here), for scripts that call the REST API with {@code Authorization: Bearer <access
 * token>}: signed by a key of the provider's JWK set with an asymmetric algorithm, the issuer
 * exactly, not expired (one minute of skew), issued to this client ({@code azp}, or this client
 * among the audiences), and a token of type Bearer where the provider says ({@code typ},
 * Keycloak's), so that an ID token cannot stand in for an access token.
 */
final class AccessTokenVerifier {

  private static final Set<String> REQUIRED = Set.of("iss", "sub", "exp", "iat");

  private final String issuer;
  private final String clientId;
  private final JWKSource<SecurityContext> keys;
  private final Clock clock;

  AccessTokenVerifier(
      String issuer, String clientId, JWKSource<SecurityContext> keys, Clock clock) {
    this.issuer = issuer;
    this.clientId = clientId;
    this.keys = keys;
    this.clock = clock;
  }

  /**
   * @return the verified claims
   * @throws InvalidIdTokenException naming the check that failed
   */
  JWTClaimsSet verify(String accessToken) throws InvalidIdTokenException {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    processor.setJWSKeySelector(IdTokenVerifier.keySelector(keys));
    processor.setJWTClaimsSetVerifier(claimsVerifier());
    JWTClaimsSet claims;
    try {
      claims = processor.process(accessToken, null);
    } catch (ParseException e) {
      throw new InvalidIdTokenException(
          "The access token is not a signed JWT: " + e.getMessage(), e);
    } catch (BadJOSEException | JOSEException e) {
      throw new InvalidIdTokenException("The access token was refused: " + e.getMessage(), e);
    }
    if (!clientId.equals(claims.getClaim("azp")) && !claims.getAudience().contains(clientId)) {
      throw new InvalidIdTokenException(
          "The access token was issued to '"
              + claims.getClaim("azp")
              + "', not to "
              + clientId
              + ".");
    }
    Object type = claims.getClaim("typ");
    if (type != null && !"Bearer".equalsIgnoreCase(type.toString())) {
      throw new InvalidIdTokenException(
          "The token is of type '" + type + "', not an access token (Bearer).");
    }
    return claims;
  }

  private DefaultJWTClaimsVerifier<SecurityContext> claimsVerifier() {
    JWTClaimsSet exact = new JWTClaimsSet.Builder().issuer(issuer).build();
    // Mutable sets, as in IdTokenVerifier (Payara's own Nimbus asks them whether they contain
    // null).
    return new DefaultJWTClaimsVerifier<>(null, exact, new HashSet<>(REQUIRED), new HashSet<>()) {
      @Override
      protected Date currentTime() {
        return Date.from(clock.instant());
      }
    };
  }
}
