package dev.trustportal.portal.securitykey;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Just enough CBOR (RFC 8949) to assemble attestation objects and COSE keys in tests. */
final class Cbor {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private Cbor() {}

  static byte[] encode(Object value) {
    Cbor cbor = new Cbor();
    cbor.write(value);
    return cbor.out.toByteArray();
  }

  private void write(Object value) {
    if (value instanceof Integer i) {
      writeInt(i);
    } else if (value instanceof byte[] bytes) {
      head(2, bytes.length);
      out.writeBytes(bytes);
    } else if (value instanceof String text) {
      byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
      head(3, utf8.length);
      out.writeBytes(utf8);
    } else if (value instanceof List<?> list) {
      head(4, list.size());
      list.forEach(this::write);
    } else if (value instanceof Map<?, ?> map) {
      head(5, map.size());
      map.forEach(
          (k, v) -> {
            write(k);
            write(v);
          });
    } else {
      throw new IllegalArgumentException("no CBOR for " + value);
    }
  }

  private void writeInt(int i) {
    if (i >= 0) {
      head(0, i);
    } else {
      head(1, -1L - i);
    }
  }

  private void head(int major, long length) {
    int type = major << 5;
    if (length < 24) {
      out.write(type | (int) length);
    } else if (length < 256) {
      out.write(type | 24);
      out.write((int) length);
    } else if (length < 65536) {
      out.write(type | 25);
      out.write((int) (length >> 8));
      out.write((int) length & 0xff);
    } else {
      throw new IllegalArgumentException("too long for these tests");
    }
  }
}
