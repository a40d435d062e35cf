package dev.trustportal.portal.audit;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * Audit events as CSV (RFC 4180): a header row, one row per event, CRLF line ends, fields quoted
 * when they hold a quote, comma or line break. A field that a spreadsheet would run as a formula
 * (starting with = + - @, a tab or a carriage return) gets a leading apostrophe, as OWASP's "CSV
 * injection" advice says: details and targets are text that other people typed.
 */
final class AuditCsv implements AuditExportFormat.Output {

  static final List<String> HEADER =
      List.of(
          "id",
          "occurredAt",
          "organisation",
          "actor",
          "action",
          "target",
          "outcome",
          "detail",
          "previousHash",
          "hash");
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final Writer out;

  AuditCsv(Writer out) throws IOException {
    this.out = out;
    row(HEADER);
  }

  @Override
  public void write(AuditEntry entry) throws IOException {
    row(
        List.of(
            Long.toString(entry.id()),
            entry.occurredAt().toString(),
            text(entry.organisation()),
            text(entry.actor()),
            text(entry.action()),
            text(entry.target()),
            entry.outcome().name(),
            text(entry.detail()),
            entry.previousHash(),
            entry.hash()));
  }

  @Override
  public void finish() throws IOException {
    out.flush();
  }

  private void row(List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(field(fields.get(i)));
    }
    out.write("\r\n");
  }

  /** One field, guarded against formulas and quoted as needed. */
  static String field(String value) {
    String guarded =
        !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    boolean quote =
        guarded.indexOf('"') >= 0
            || guarded.indexOf(',') >= 0
            || guarded.indexOf('\n') >= 0
            || guarded.indexOf('\r') >= 0;
    return quote ? '"' + guarded.replace("\"", "\"\"") + '"' : guarded;
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }
}
