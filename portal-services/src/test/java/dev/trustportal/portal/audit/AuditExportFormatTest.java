package dev.trustportal.portal.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditExportFormatTest {

  private static final String HASH = "a".repeat(64);

  private static AuditEntry entry(long id, String target, String detail) {
    return new AuditEntry(
        id,
        "acme",
        "alice",
        "change.filed",
        target,
        Outcome.SUCCEEDED,
        detail,
        Instant.parse("2026-12-07T10:15:30.123456Z"),
        HASH,
        HASH);
  }

  private static String export(AuditExportFormat format, AuditEntry... entries) throws IOException {
    StringWriter out = new StringWriter();
    AuditExportFormat.Output output = format.open(out);
    for (AuditEntry entry : entries) {
      output.write(entry);
    }
    output.finish();
    return out.toString();
  }

  @Test
  void csvQuotesQuotesCommasAndLineBreaksAndReadsBackAsWritten() throws IOException {
    String detail = "He said \"no\", then\r\nleft; and\nagain";
    String csv =
        export(AuditExportFormat.CSV, entry(7, "reg/acme/app", detail), entry(6, null, null));

    List<List<String>> rows = parseCsv(csv);
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0)).isEqualTo(AuditCsv.HEADER);
    assertThat(rows.get(1))
        .containsExactly(
            "7",
            "2026-12-07T10:15:30.123456Z",
            "acme",
            "alice",
            "change.filed",
            "reg/acme/app",
            "SUCCEEDED",
            detail,
            HASH,
            HASH);
    assertThat(rows.get(2).get(5)).isEmpty();
    assertThat(csv).startsWith("id,occurredAt,").endsWith("\r\n");
  }

  @Test
  void csvCellsThatASpreadsheetWouldRunAsFormulasGetALeadingApostrophe() throws IOException {
    for (String formula : List.of("=HYPERLINK(\"http://evil\")", "+1", "-2+3", "@SUM(A1)", "\tx")) {
      List<List<String>> rows = parseCsv(export(AuditExportFormat.CSV, entry(1, formula, formula)));
      assertThat(rows.get(1).get(5)).as(formula).isEqualTo("'" + formula);
      assertThat(rows.get(1).get(7)).as(formula).isEqualTo("'" + formula);
    }
    assertThat(AuditCsv.field("a=b")).isEqualTo("a=b");
  }

  @Test
  void jsonEscapesQuotesBackslashesAndControlCharacters() throws IOException {
    String json = export(AuditExportFormat.JSON, entry(3, null, "a \"b\" \\ c\nd\u0001"));
    assertThat(json)
        .contains("\"detail\":\"a \\\"b\\\" \\\\ c\\nd\\u0001\"")
        .contains("\"target\":null")
        .contains("\"id\":3,\"occurredAt\":\"2026-12-07T10:15:30.123456Z\"")
        .startsWith("[\n{")
        .endsWith("}\n]\n");
    assertThat(export(AuditExportFormat.JSON)).isEqualTo("[\n]\n");
  }

  @Test
  void theFileNameSaysWhichChainAndWhenWithOnlySafeCharacters() {
    Instant at = Instant.parse("2026-12-07T10:15:30Z");
    assertThat(AuditExportFormat.CSV.fileName("acme", at))
        .isEqualTo("audit-acme-20261207-101530.csv");
    assertThat(AuditExportFormat.JSON.fileName("a\"b/c", at))
        .isEqualTo("audit-a-b-c-20261207-101530.json");
  }

  /** A strict RFC 4180 reader: what a spreadsheet would see. */
  static List<List<String>> parseCsv(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
        i++;
      } else {
        field.append(c);
      }
    }
    return rows;
  }
}
