package dev.trustportal.portal.securitykey;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.util.Base64;
import dev.trustportal.portal.securitykey.TestAuthenticator.Pki;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * FIDO metadata blobs as the FIDO Metadata Service serves them, signed ES256 by a signer under a
 * test MDS root.
 */
final class TestMetadata {

  private final Pki mds;
  private final KeyPair signerKey = TestAuthenticator.ecKey();
  private final X509Certificate signer;

  TestMetadata(Pki mds) {
    this.mds = mds;
    this.signer =
        TestAuthenticator.certificate(
            "CN=Test MDS signer",
            signerKey,
            mds.intermediate().getSubjectX500Principal().getName(),
            mds.intermediateKey(),
            false,
            null);
  }

  /**
   * The signed blob: header with the x5c chain (signer, intermediate), the payload, an ES256
   * signature.
   */
  String blob(long serial, LocalDate nextUpdate, String... entries) {
    return sign(payload(serial, nextUpdate, entries));
  }

  String sign(String payload) {
    try {
      JWSHeader header =
          new JWSHeader.Builder(JWSAlgorithm.ES256)
              .type(com.nimbusds.jose.JOSEObjectType.JWT)
              .x509CertChain(
                  List.of(
                      Base64.encode(signer.getEncoded()),
                      Base64.encode(mds.intermediate().getEncoded())))
              .build();
      JWSObject jws = new JWSObject(header, new Payload(payload));
      jws.sign(new ECDSASigner((ECPrivateKey) signerKey.getPrivate()));
      return jws.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String payload(long serial, LocalDate nextUpdate, String... entries) {
    return "{\"legalHeader\":\"test\",\"no\":"
        + serial
        + ",\"nextUpdate\":\""
        + nextUpdate
        + "\",\"entries\":["
        + String.join(",", entries)
        + "]}";
  }

  /**
   * An entry with its model's description, attestation roots and status reports
   * ("STATUS@yyyy-mm-dd").
   */
  static String entry(
      UUID aaguid, String description, List<X509Certificate> roots, String... reports) {
    String rootList =
        roots.stream()
            .map(TestMetadata::der)
            .map(der -> "\"" + der + "\"")
            .collect(Collectors.joining(","));
    String reportList =
        java.util.Arrays.stream(reports)
            .map(r -> r.split("@"))
            .map(r -> "{\"status\":\"" + r[0] + "\",\"effectiveDate\":\"" + r[1] + "\"}")
            .collect(Collectors.joining(","));
    return "{\"aaguid\":\""
        + aaguid
        + "\",\"metadataStatement\":{\"description\":\""
        + description
        + "\",\"aaguid\":\""
        + aaguid
        + "\",\"attestationRootCertificates\":["
        + rootList
        + "]},\"statusReports\":["
        + reportList
        + "],\"timeOfLastStatusChange\":\"2025-01-01\"}";
  }

  private static String der(X509Certificate certificate) {
    try {
      return java.util.Base64.getEncoder().encodeToString(certificate.getEncoded());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
