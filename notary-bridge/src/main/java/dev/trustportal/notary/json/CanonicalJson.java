package dev.trustportal.notary.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The canonical JSON notary signs (facts §4, go-canonicaljson as used by tuf/data): keys sorted bytewise, no
 * whitespace, integers in decimal, and in strings only {@code "} and {@code \} escaped; every other byte raw.
 */
public final class CanonicalJson {
  private CanonicalJson() {}

  public static byte[] encode(JsonNode node) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    write(node, out);
    return out.toByteArray();
  }

  private static void write(JsonNode node, ByteArrayOutputStream out) {
    switch (node.getNodeType()) {
      case NULL -> out.writeBytes(ascii("null"));
      case BOOLEAN -> out.writeBytes(ascii(node.booleanValue() ? "true" : "false"));
      case NUMBER -> writeNumber(node, out);
      case STRING -> writeString(node.textValue(), out);
      case ARRAY -> writeArray(node, out);
      case OBJECT -> writeObject(node, out);
      default -> throw new IllegalArgumentException("not representable in canonical JSON: " + node.getNodeType());
    }
  }

  // The Go encoder refuses fractions, and TUF metadata never has them.
  private static void writeNumber(JsonNode node, ByteArrayOutputStream out) {
    if (!node.isIntegralNumber()) {
      throw new IllegalArgumentException("canonical JSON allows integers only, got " + node);
    }
    out.writeBytes(ascii(node.bigIntegerValue().toString()));
  }

  static void writeString(String s, ByteArrayOutputStream out) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    out.write('"');
    for (byte b : utf8) {
      if (b == '"' || b == '\\') {
        out.write('\\');
      }
      out.write(b);
    }
    out.write('"');
  }

  private static void writeArray(JsonNode node, ByteArrayOutputStream out) {
    out.write('[');
    for (int i = 0; i < node.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      write(node.get(i), out);
    }
    out.write(']');
  }

  private static void writeObject(JsonNode node, ByteArrayOutputStream out) {
    List<Map.Entry<byte[], JsonNode>> entries = new ArrayList<>(node.size());
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      entries.add(Map.entry(e.getKey().getBytes(StandardCharsets.UTF_8), e.getValue()));
    }
    // Bytewise (unsigned) order of the UTF-8 keys, as Go's sort of []byte/string does.
    entries.sort((a, b) -> Arrays.compareUnsigned(a.getKey(), b.getKey()));
    out.write('{');
    boolean first = true;
    for (Map.Entry<byte[], JsonNode> e : entries) {
      if (!first) {
        out.write(',');
      }
      first = false;
      writeString(new String(e.getKey(), StandardCharsets.UTF_8), out);
      out.write(':');
      write(e.getValue(), out);
    }
    out.write('}');
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
