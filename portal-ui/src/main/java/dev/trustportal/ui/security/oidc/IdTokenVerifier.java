package dev.trustportal.ui.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import java.text.ParseException;
import java.util.HashSet;
import java.util.Set;

/**
 * Verifies an ID token as OpenID Connect Core §3.1.3.7 asks, by Nimbus' {@link IDTokenValidator}:
 * the issuer exactly (step 2), this client among the audiences (step 3), not expired (step 9, one
 * minute of clock skew), an issue time (step 10) and the nonce of this sign-in (step 11). Two
 * things are decided here: the key selector, a key of the provider's JWK set with an asymmetric
 * algorithm, so that neither {@code none} nor an HMAC keyed with something public passes (steps
 * 6-8); and the authorised party (steps 4-5), which the validator does not check.
 */
final class IdTokenVerifier {

  private static final Set<JWSAlgorithm> ASYMMETRIC =
      Set.of(
          JWSAlgorithm.RS256,
          JWSAlgorithm.RS384,
          JWSAlgorithm.RS512,
          JWSAlgorithm.PS256,
          JWSAlgorithm.PS384,
          JWSAlgorithm.PS512,
          JWSAlgorithm.ES256,
          JWSAlgorithm.ES384,
          JWSAlgorithm.ES512,
          JWSAlgorithm.Ed25519);

  private final String clientId;
  private final IDTokenValidator validator;

  IdTokenVerifier(String issuer, String clientId, JWKSource<SecurityContext> keys) {
    this.clientId = clientId;
    this.validator =
        new IDTokenValidator(new Issuer(issuer), new ClientID(clientId), keySelector(keys), null);
  }

  /**
   * @return the verified claims
   * @throws InvalidIdTokenException naming the check that failed
   */
  JWTClaimsSet verify(String idToken, String nonce) throws InvalidIdTokenException {
    JWTClaimsSet claims;
    try {
      claims = validator.validate(JWTParser.parse(idToken), new Nonce(nonce)).toJWTClaimsSet();
    } catch (ParseException e) {
      throw new InvalidIdTokenException("The ID token is not a signed JWT: " + e.getMessage(), e);
    } catch (BadJOSEException | JOSEException e) {
      throw new InvalidIdTokenException("The ID token was refused: " + e.getMessage(), e);
    } catch (com.nimbusds.oauth2.sdk.ParseException e) {
      throw new InvalidIdTokenException(
          "The ID token's claims are malformed: " + e.getMessage(), e);
    }
    // Steps 4-5, which Nimbus' validator leaves to the client: a token for several audiences, or
    // naming
    // an authorised party, must name this client as that party.
    Object authorizedParty = claims.getClaim("azp");
    if ((claims.getAudience().size() > 1 || authorizedParty != null)
        && !clientId.equals(authorizedParty)) {
      throw new InvalidIdTokenException(
          "The ID token was issued to '" + authorizedParty + "', not to " + clientId + ".");
    }
    return claims;
  }

  /**
   * Keys of the provider's set, with an asymmetric algorithm only: for ID and access tokens alike.
   */
  static JWSKeySelector<SecurityContext> keySelector(JWKSource<SecurityContext> keys) {
    // A mutable set: some Nimbus versions (Payara's own is 10.4.2) ask it whether it contains null,
    // which Set.of answers with a NullPointerException.
    return new JWSVerificationKeySelector<>(new HashSet<>(ASYMMETRIC), keys);
  }
}
