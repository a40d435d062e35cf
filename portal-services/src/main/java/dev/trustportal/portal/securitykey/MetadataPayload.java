package dev.trustportal.portal.securitykey;

import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jose.util.X509CertUtils;
import dev.trustportal.portal.securitykey.InvalidMetadataBlobException.Reason;
import java.security.cert.X509Certificate;
import java.text.ParseException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Reads the payload of a FIDO metadata blob (MDS3 §3.1.6): {@code no}, {@code nextUpdate} and the
 * {@code entries} with their {@code aaguid}, {@code metadataStatement.description}, {@code
 * metadataStatement.attestationRootCertificates} (base64 DER, FIDO Metadata Statement §4) and
 * {@code statusReports}. What the portal does not use is not read.
 */
final class MetadataPayload {

  private MetadataPayload() {}

  static MetadataBlob parse(String json) {
    try {
      Map<String, Object> payload = JSONObjectUtils.parse(json);
      List<Object> entries = list(payload.get("entries"), "entries");
      Map<UUID, MetadataEntry> byAaguid = new HashMap<>();
      for (Object entry : entries) {
        Map<String, Object> fields = object(entry, "an entry");
        if (fields.get("aaguid") instanceof String aaguid) {
          MetadataEntry read = entry(UUID.fromString(aaguid), fields);
          byAaguid.put(read.aaguid(), read);
        }
      }
      return new MetadataBlob(
          number(payload.get("no"), "no"),
          date(payload.get("nextUpdate"), "nextUpdate"),
          entries.size(),
          byAaguid);
    } catch (ParseException
        | IllegalArgumentException
        | DateTimeParseException
        | ClassCastException bad) {
      throw new InvalidMetadataBlobException(Reason.INVALID_PAYLOAD, bad.getMessage());
    }
  }

  private static MetadataEntry entry(UUID aaguid, Map<String, Object> fields) {
    Map<String, Object> statement =
        fields.get("metadataStatement") == null
            ? Map.of()
            : object(fields.get("metadataStatement"), "metadataStatement");
    List<X509Certificate> roots =
        statement.get("attestationRootCertificates") == null
            ? List.of()
            : list(statement.get("attestationRootCertificates"), "attestationRootCertificates")
                .stream()
                .map(MetadataPayload::certificate)
                .toList();
    List<StatusReport> reports =
        fields.get("statusReports") == null
            ? List.of()
            : list(fields.get("statusReports"), "statusReports").stream()
                .map(MetadataPayload::report)
                .toList();
    String description =
        statement.get("description") instanceof String text ? text : aaguid.toString();
    return new MetadataEntry(aaguid, description, roots, reports);
  }

  private static StatusReport report(Object value) {
    Map<String, Object> fields = object(value, "a status report");
    Object date = fields.get("effectiveDate");
    return new StatusReport(
        String.valueOf(
            Objects.requireNonNull(fields.get("status"), "a status report without status")),
        date == null ? null : date(date, "effectiveDate"));
  }

  private static X509Certificate certificate(Object base64Der) {
    X509Certificate certificate =
        X509CertUtils.parse(Base64.getMimeDecoder().decode(String.valueOf(base64Der)));
    if (certificate == null) {
      throw new IllegalArgumentException(
          "an attestationRootCertificates item is no X.509 certificate");
    }
    return certificate;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value, String what) {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new IllegalArgumentException(what + " is not a JSON object");
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value, String what) {
    if (value instanceof List<?> items) {
      return (List<Object>) items;
    }
    throw new IllegalArgumentException("'" + what + "' is missing or not a JSON array");
  }

  private static long number(Object value, String what) {
    if (value instanceof Number number) {
      return number.longValue();
    }
    throw new IllegalArgumentException("'" + what + "' is missing or not a number");
  }

  private static LocalDate date(Object value, String what) {
    if (value instanceof String text) {
      return LocalDate.parse(text);
    }
    throw new IllegalArgumentException("'" + what + "' is missing or not a date (YYYY-MM-DD)");
  }
}
