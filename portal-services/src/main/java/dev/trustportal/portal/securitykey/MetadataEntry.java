package dev.trustportal.portal.securitykey;

import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One authenticator model of the FIDO metadata (MDS3 §3.1.1 MetadataBLOBPayloadEntry) as the portal
 * uses it: its AAGUID, its description, the roots its attestation chains to and its status reports.
 */
public record MetadataEntry(
    UUID aaguid,
    String description,
    List<X509Certificate> attestationRoots,
    List<StatusReport> statusReports) {

  public MetadataEntry {
    attestationRoots = List.copyOf(attestationRoots);
    statusReports = List.copyOf(statusReports);
  }

  /**
   * The report that holds now: the one with the latest effective date; of several on that date, the
   * last listed (a report without a date counts as the oldest).
   */
  public Optional<StatusReport> latestStatus() {
    Comparator<StatusReport> byDate =
        Comparator.comparing(
            StatusReport::effectiveDate,
            Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder()));
    StatusReport latest = null;
    for (StatusReport report : statusReports) {
      if (latest == null || byDate.compare(report, latest) >= 0) {
        latest = report;
      }
    }
    return Optional.ofNullable(latest);
  }

  /** The latest report, if it says keys of the model are compromised. */
  public Optional<StatusReport> compromise() {
    return latestStatus().filter(StatusReport::compromise);
  }
}
