package dev.trustportal.portal.audit;

import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How an export of the audit log is written: CSV for spreadsheets, JSON for programs. */
public enum AuditExportFormat {
  CSV("text/csv", "csv"),
  JSON("application/json", "json");

  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final String mediaType;
  private final String extension;

  AuditExportFormat(String mediaType, String extension) {
    this.mediaType = mediaType;
    this.extension = extension;
  }

  /**
   * The format by its name in any case; none given means CSV.
   *
   * @throws InvalidAuditFilterException for an unknown name
   */
  public static AuditExportFormat parse(String name) {
    if (name == null || name.isBlank()) {
      return CSV;
    }
    try {
      return valueOf(name.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      throw new InvalidAuditFilterException(
          InvalidAuditFilterException.Reason.FORMAT,
          "Unknown export format '" + name + "': expected csv or json.",
          name);
    }
  }

  public String mediaType() {
    return mediaType;
  }

  public String extension() {
    return extension;
  }

  /**
   * The download's file name, such as {@code audit-acme-20261207-101530.csv}: the chain (only
   * characters safe in a file name and a header) and the time of the export in UTC.
   */
  public String fileName(String chain, Instant at) {
    return "audit-"
        + chain.replaceAll("[^A-Za-z0-9._-]", "-")
        + "-"
        + STAMP.format(at)
        + "."
        + extension;
  }

  /** A writer of this format over {@code out}; the caller closes {@code out}. */
  public Output open(Writer out) throws IOException {
    return this == CSV ? new AuditCsv(out) : new AuditJson(out);
  }

  /** Events written one after the other, then finished. */
  public interface Output {
    void write(AuditEntry entry) throws IOException;

    void finish() throws IOException;
  }
}
