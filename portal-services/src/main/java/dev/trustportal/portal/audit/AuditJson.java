package dev.trustportal.portal.audit;

import java.io.IOException;
import java.io.Writer;

/**
 * Audit events as one JSON array of objects with the keys of the API's events (absent values as
 * null). Written by hand, event by event, so that an export of any length streams in constant
 * memory without a JSON library in the services.
 */
final class AuditJson implements AuditExportFormat.Output {

  private final Writer out;
  private boolean first = true;

  AuditJson(Writer out) throws IOException {
    this.out = out;
    out.write('[');
  }

  @Override
  public void write(AuditEntry entry) throws IOException {
    out.write(first ? "\n" : ",\n");
    first = false;
    out.write("{\"id\":" + entry.id());
    member("occurredAt", entry.occurredAt().toString());
    member("organisation", entry.organisation());
    member("actor", entry.actor());
    member("action", entry.action());
    member("target", entry.target());
    member("outcome", entry.outcome().name());
    member("detail", entry.detail());
    member("previousHash", entry.previousHash());
    member("hash", entry.hash());
    out.write('}');
  }

  @Override
  public void finish() throws IOException {
    out.write("\n]\n");
    out.flush();
  }

  private void member(String name, String value) throws IOException {
    out.write(",\"" + name + "\":" + (value == null ? "null" : string(value)));
  }

  /** A JSON string (RFC 8259 §7): quote, backslash and control characters escaped. */
  static String string(String value) {
    StringBuilder json = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> json.append("\\\"");
        case '\\' -> json.append("\\\\");
        case '\n' -> json.append("\\n");
        case '\r' -> json.append("\\r");
        case '\t' -> json.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            json.append(String.format("\\u%04x", (int) c));
          } else {
            json.append(c);
          }
        }
      }
    }
    return json.append('"').toString();
  }
}
