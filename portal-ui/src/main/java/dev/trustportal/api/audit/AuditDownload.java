package dev.trustportal.api.audit;

import dev.trustportal.portal.audit.AuditExportFormat;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** An export as a download: the format's media type in UTF-8, a file name that says what it is. */
final class AuditDownload {

  /** Writes the export into a writer; the service records and reads while the body streams. */
  interface Export {
    void into(Writer out) throws java.io.IOException;
  }

  private AuditDownload() {}

  static Response of(String chain, AuditExportFormat format, Export export) {
    StreamingOutput body =
        out -> {
          Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
          export.into(writer);
          writer.flush();
        };
    return Response.ok(body, format.mediaType() + "; charset=UTF-8")
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + format.fileName(chain, Instant.now()) + "\"")
        .build();
  }
}
