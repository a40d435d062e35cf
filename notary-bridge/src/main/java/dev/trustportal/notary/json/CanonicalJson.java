package dev.trustportal.notary.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The canonical JSON notary signs (facts §4, go-canonicaljson as used by tuf/data): keys sorted
 * bytewise, no whitespace, integers in decimal, and in strings only {@code "} and {@code \}
 * escaped; every other byte raw.
 *
 * <p>Files of 100,000 targets pass through here, so it writes into a plain growable array (not the
 * synchronised {@code ByteArrayOutputStream}), writes ASCII strings without encoding them first,
 * and can compare the encoding with bytes already held ({@link #matches}) instead of building a
 * second copy.
 */
public final class CanonicalJson {
  /**
   * Bytewise order of the UTF-8 keys; UTF-16 order is the same unless a surrogate pair is involved.
   */
  private static final Comparator<String> UTF8_ORDER =
      (a, b) ->
          hasSurrogate(a) || hasSurrogate(b)
              ? Arrays.compareUnsigned(
                  a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8))
              : a.compareTo(b);

  private CanonicalJson() {}

  public static byte[] encode(JsonNode node) {
    Buffer out = new Buffer(256);
    write(node, out);
    return out.toByteArray();
  }

  /**
   * If {@code bytes} hold the canonical encoding of {@code node} from {@code from} on, its length;
   * otherwise -1. Nothing is allocated for the encoding itself.
   */
  public static int matchedLength(JsonNode node, byte[] bytes, int from) {
    Comparison sink = new Comparison(bytes, from, bytes.length);
    try {
      write(node, sink);
    } catch (Mismatch e) {
      return -1;
    }
    return sink.pos - from;
  }

  private static void write(JsonNode node, Sink out) {
    switch (node.getNodeType()) {
      case NULL -> out.ascii("null");
      case BOOLEAN -> out.ascii(node.booleanValue() ? "true" : "false");
      case NUMBER -> writeNumber(node, out);
      case STRING -> writeString(node.textValue(), out);
      case ARRAY -> writeArray(node, out);
      case OBJECT -> writeObject(node, out);
      default ->
          throw new IllegalArgumentException(
              "not representable in canonical JSON: " + node.getNodeType());
    }
  }

  // The Go encoder refuses fractions, and TUF metadata never has them.
  private static void writeNumber(JsonNode node, Sink out) {
    if (!node.isIntegralNumber()) {
      throw new IllegalArgumentException("canonical JSON allows integers only, got " + node);
    }
    out.ascii(
        node.canConvertToLong()
            ? Long.toString(node.longValue())
            : node.bigIntegerValue().toString());
  }

  private static void writeString(String s, Sink out) {
    out.write('"');
    if (isPlainAscii(s)) {
      out.ascii(s);
    } else {
      for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
        if (b == '"' || b == '\\') {
          out.write('\\');
        }
        out.write(b);
      }
    }
    out.write('"');
  }

  private static boolean isPlainAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  private static boolean hasSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isSurrogate(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static void writeArray(JsonNode node, Sink out) {
    out.write('[');
    for (int i = 0; i < node.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      write(node.get(i), out);
    }
    out.write(']');
  }

  private static void writeObject(JsonNode node, Sink out) {
    List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.size());
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      entries.add(it.next());
    }
    // Received files are usually canonical already: the sort then only confirms one ascending run.
    entries.sort(Map.Entry.comparingByKey(UTF8_ORDER));
    out.write('{');
    boolean first = true;
    for (Map.Entry<String, JsonNode> e : entries) {
      if (!first) {
        out.write(',');
      }
      first = false;
      writeString(e.getKey(), out);
      out.write(':');
      write(e.getValue(), out);
    }
    out.write('}');
  }

  private abstract static class Sink {
    abstract void write(int b);

    void ascii(String s) {
      for (int i = 0; i < s.length(); i++) {
        write(s.charAt(i));
      }
    }
  }

  private static final class Buffer extends Sink {
    private byte[] buf;
    private int size;

    Buffer(int capacity) {
      buf = new byte[capacity];
    }

    @Override
    void write(int b) {
      if (size == buf.length) {
        buf = Arrays.copyOf(buf, buf.length * 2);
      }
      buf[size++] = (byte) b;
    }

    byte[] toByteArray() {
      return Arrays.copyOf(buf, size);
    }
  }

  private static final class Comparison extends Sink {
    private final byte[] expected;
    private final int end;
    private int pos;

    Comparison(byte[] expected, int from, int to) {
      this.expected = expected;
      this.pos = from;
      this.end = to;
    }

    @Override
    void write(int b) {
      if (pos == end || expected[pos] != (byte) b) {
        throw Mismatch.INSTANCE;
      }
      pos++;
    }
  }

  /**
   * Ends a comparison at the first differing byte; shared and without a stack trace, as it is no
   * error.
   */
  private static final class Mismatch extends RuntimeException {
    static final Mismatch INSTANCE = new Mismatch();

    private Mismatch() {
      super(null, null, false, false);
    }
  }
}
