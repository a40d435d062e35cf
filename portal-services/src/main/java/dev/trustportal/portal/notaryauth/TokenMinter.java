package dev.trustportal.portal.notaryauth;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.PrivateKey;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Mints the JWT notary-server accepts (notary-auth-storage §1 "JWT checks"): ES256 for a P-256 key
 * or RS256 for RSA (PS256 is refused by the server); the certificate of the bundle in {@code x5c};
 * {@code iss} = the configured issuer; {@code aud} = the service as <em>one string</em> (an array
 * is refused); {@code exp} required; {@code nbf}, {@code iat}, {@code jti}, {@code sub}; {@code
 * access} lists each resource with its exact GUN and granted actions.
 */
public final class TokenMinter {

  private final PrivateKey key;
  private final X509Certificate certificate;
  private final String issuer;
  private final String service;
  private final Duration lifetime;

  public TokenMinter(
      PrivateKey key,
      X509Certificate certificate,
      String issuer,
      String service,
      Duration lifetime) {
    this.key = key;
    this.certificate = certificate;
    this.issuer = issuer;
    this.service = service;
    this.lifetime = lifetime;
  }

  public String service() {
    return service;
  }

  /**
   * A token for {@code subject} (empty for an anonymous caller) granting {@code access}, issued at
   * {@code now}.
   */
  public IssuedToken mint(String subject, List<Scope> access, Instant now) {
    JWTClaimsSet claims =
        new JWTClaimsSet.Builder()
            .issuer(issuer)
            .subject(subject)
            .audience(
                service) // one audience: Nimbus writes it as a string, as notary-server requires
            .expirationTime(Date.from(now.plus(lifetime)))
            .notBeforeTime(Date.from(now))
            .issueTime(Date.from(now))
            .jwtID(UUID.randomUUID().toString())
            .claim("access", access.stream().map(TokenMinter::accessEntry).toList())
            .build();
    SignedJWT jwt = new SignedJWT(header(), claims);
    try {
      jwt.sign(signer());
    } catch (JOSEException e) {
      throw new TokenServiceUnavailableException("signing failed (" + e.getMessage() + ")", e);
    }
    return new IssuedToken(jwt.serialize(), now, lifetime.toSeconds(), access);
  }

  private static Map<String, Object> accessEntry(Scope granted) {
    return Map.of("type", granted.type(), "name", granted.name(), "actions", granted.actions());
  }

  private JWSHeader header() {
    try {
      return new JWSHeader.Builder(algorithm())
          .type(JOSEObjectType.JWT)
          .x509CertChain(List.of(Base64.encode(certificate.getEncoded())))
          .build();
    } catch (CertificateEncodingException e) {
      throw new TokenServiceUnavailableException("the signing certificate cannot be encoded", e);
    }
  }

  private JWSAlgorithm algorithm() {
    return key instanceof ECPrivateKey ? JWSAlgorithm.ES256 : JWSAlgorithm.RS256;
  }

  private JWSSigner signer() throws JOSEException {
    return key instanceof ECPrivateKey ec ? new ECDSASigner(ec) : new RSASSASigner(key);
  }
}
