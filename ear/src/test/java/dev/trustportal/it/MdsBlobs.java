package dev.trustportal.it;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.util.Base64;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * FIDO Metadata Service (MDS3) blobs for the test stack, signed ES256 with the signer that
 * tools/mds-test-root.sh made under the root the stack trusts (PORTAL_WEBAUTHN_MDS_ROOT), as
 * https://mds3.fidoalliance.org/ signs the real ones under its root.
 */
final class MdsBlobs {

  private final ECPrivateKey key;
  private final X509Certificate signer;

  MdsBlobs(PortalStack stack) {
    try {
      Path dir = stack.dataDir().resolve("mds-test");
      key =
          (ECPrivateKey)
              KeyFactory.getInstance("EC")
                  .generatePrivate(
                      new PKCS8EncodedKeySpec(Files.readAllBytes(dir.resolve("signer.pk8"))));
      try (var in = Files.newInputStream(dir.resolve("signer.crt"))) {
        signer = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
      }
    } catch (Exception e) {
      throw new IllegalStateException(
          "the test stack's MDS signer (tools/mds-test-root.sh) is missing", e);
    }
  }

  /** The signed blob of serial number {@code no}: header with the signer's certificate as x5c. */
  String blob(long no, LocalDate nextUpdate, String... entries) {
    return sign(payload(no, nextUpdate, entries));
  }

  String sign(String payload) {
    try {
      JWSHeader header =
          new JWSHeader.Builder(JWSAlgorithm.ES256)
              .type(JOSEObjectType.JWT)
              .x509CertChain(List.of(Base64.encode(signer.getEncoded())))
              .build();
      JWSObject jws = new JWSObject(header, new Payload(payload));
      jws.sign(new ECDSASigner(key));
      return jws.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String payload(long no, LocalDate nextUpdate, String... entries) {
    return "{\"legalHeader\":\"Trust Portal integration test\",\"no\":"
        + no
        + ",\"nextUpdate\":\""
        + nextUpdate
        + "\",\"entries\":["
        + String.join(",", entries)
        + "]}";
  }

  /** An entry without attestation roots; each report "STATUS@yyyy-mm-dd". */
  static String entry(UUID aaguid, String description, String... reports) {
    StringBuilder list = new StringBuilder();
    for (String report : reports) {
      String[] parts = report.split("@");
      list.append(list.isEmpty() ? "" : ",")
          .append("{\"status\":\"")
          .append(parts[0])
          .append("\",\"effectiveDate\":\"")
          .append(parts[1])
          .append("\"}");
    }
    return "{\"aaguid\":\""
        + aaguid
        + "\",\"metadataStatement\":{\"description\":\""
        + description
        + "\",\"aaguid\":\""
        + aaguid
        + "\",\"attestationRootCertificates\":[]},\"statusReports\":["
        + list
        + "]}";
  }
}
