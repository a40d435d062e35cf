package dev.trustportal.portal.securitykey;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.factories.DefaultJWSVerifierFactory;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.X509CertUtils;
import dev.trustportal.portal.securitykey.InvalidMetadataBlobException.Reason;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Verifies a FIDO Metadata Service blob (MDS3 §3.2 "Metadata BLOB object processing rules"): a JWS
 * whose x5c chain must lead to the MDS root the platform trusts (never the JVM's CA list), signed
 * by the chain's leaf. Pure: no I/O, the time of validation is given. Parsing the payload is {@link
 * MetadataPayload}'s.
 *
 * <p>Nimbus JOSE, not WebAuthn4J's metadata module: webauthn4j-metadata 0.31.2 (0.31.0 is not
 * published) does parse blobs beside webauthn4j-core 0.31.0 on a plain JVM, but it maps every
 * status and enum value to a Java enum, so a blob with one status FIDO adds later fails as a whole
 * ("value is out of range") and no newer blob could be uploaded; here an unknown status is kept as
 * text and suspends nothing.
 */
public final class MetadataBlobVerifier {

  private final Set<TrustAnchor> mdsRoots;

  public MetadataBlobVerifier(List<X509Certificate> mdsRoots) {
    if (mdsRoots.isEmpty()) {
      throw new IllegalArgumentException(
          "The FIDO metadata needs at least one MDS root certificate.");
    }
    this.mdsRoots =
        mdsRoots.stream()
            .map(root -> new TrustAnchor(root, null))
            .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * @param jwt the blob as downloaded: the compact JWS text
   * @throws InvalidMetadataBlobException naming the first check that failed
   */
  public MetadataBlob verify(String jwt, Instant now) {
    JWSObject jws = parse(jwt);
    List<X509Certificate> chain = chain(jws);
    requireTrusted(chain, now);
    requireSignedBy(jws, chain.get(0));
    return MetadataPayload.parse(jws.getPayload().toString());
  }

  private static JWSObject parse(String jwt) {
    try {
      return JWSObject.parse(jwt == null ? "" : jwt.strip());
    } catch (ParseException notJws) {
      throw new InvalidMetadataBlobException(Reason.NOT_A_JWT, notJws.getMessage());
    }
  }

  // MDS3 §3.2 step 4: the certificates of the x5c header, the signer's first.
  private static List<X509Certificate> chain(JWSObject jws) {
    List<Base64> x5c = jws.getHeader().getX509CertChain();
    if (x5c == null || x5c.isEmpty()) {
      throw new InvalidMetadataBlobException(Reason.NO_CERTIFICATE_CHAIN, "");
    }
    List<X509Certificate> chain = x5c.stream().map(b -> X509CertUtils.parse(b.decode())).toList();
    if (chain.contains(null)) {
      throw new InvalidMetadataBlobException(Reason.NO_CERTIFICATE_CHAIN, "");
    }
    return chain;
  }

  // MDS3 §3.2 step 4: the chain must validate up to the MDS root. Revocation is not checked: the
  // portal
  // runs offline and cannot fetch the CRLs the chain names; the blob's serial and signature still
  // hold.
  private void requireTrusted(List<X509Certificate> chain, Instant now) {
    List<X509Certificate> path =
        chain.stream()
            .filter(
                cert -> mdsRoots.stream().noneMatch(anchor -> anchor.getTrustedCert().equals(cert)))
            .toList();
    try {
      PKIXParameters parameters = new PKIXParameters(mdsRoots);
      parameters.setRevocationEnabled(false);
      parameters.setDate(Date.from(now));
      CertPathValidator.getInstance("PKIX")
          .validate(CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
    } catch (GeneralSecurityException untrusted) {
      throw new InvalidMetadataBlobException(Reason.UNTRUSTED_CHAIN, untrusted.getMessage());
    }
  }

  // MDS3 §3.2 step 5: the signature is verified with the key of the first certificate.
  private static void requireSignedBy(JWSObject jws, X509Certificate signer) {
    try {
      if (!jws.verify(
          new DefaultJWSVerifierFactory()
              .createJWSVerifier(jws.getHeader(), signer.getPublicKey()))) {
        throw new InvalidMetadataBlobException(Reason.BAD_SIGNATURE, "");
      }
    } catch (JOSEException unusable) {
      throw new InvalidMetadataBlobException(Reason.BAD_SIGNATURE, unusable.getMessage());
    }
  }
}
