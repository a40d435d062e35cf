package dev.trustportal.notary.server;

import dev.trustportal.notary.tuf.RoleName;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * multipart/form-data with one part {@code name="files"; filename="<role>"} per role file (facts
 * §3).
 */
record Multipart(String boundary, byte[] bytes) {
  static Multipart of(Map<RoleName, byte[]> files) {
    String boundary = "notary-bridge-" + UUID.randomUUID();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    files.forEach(
        (role, data) -> {
          write(out, "--" + boundary + "\r\n");
          write(
              out,
              "Content-Disposition: form-data; name=\"files\"; filename=\""
                  + role.value()
                  + "\"\r\n");
          write(out, "Content-Type: application/octet-stream\r\n\r\n");
          out.writeBytes(data);
          write(out, "\r\n");
        });
    write(out, "--" + boundary + "--\r\n");
    return new Multipart(boundary, out.toByteArray());
  }

  String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  private static void write(ByteArrayOutputStream out, String s) {
    out.writeBytes(s.getBytes(StandardCharsets.US_ASCII));
  }
}
