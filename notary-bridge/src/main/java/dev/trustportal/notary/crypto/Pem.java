package dev.trustportal.notary.crypto;

import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * PEM blocks with RFC 1421 headers, written the way Go's encoding/pem does (64-column lines, sorted
 * headers).
 */
public final class Pem {
  /** One decoded block: type, headers in file order, DER body. */
  public record Block(String type, Map<String, String> headers, byte[] der) {}

  private Pem() {}

  public static String encode(String type, byte[] der) {
    return encode(type, Map.of(), der);
  }

  public static String encode(String type, Map<String, String> headers, byte[] der) {
    StringBuilder sb = new StringBuilder("-----BEGIN ").append(type).append("-----\n");
    new TreeMap<>(headers).forEach((k, v) -> sb.append(k).append(": ").append(v).append('\n'));
    if (!headers.isEmpty()) {
      sb.append('\n');
    }
    String b64 = Base64.getEncoder().encodeToString(der);
    for (int i = 0; i < b64.length(); i += 64) {
      sb.append(b64, i, Math.min(b64.length(), i + 64)).append('\n');
    }
    return sb.append("-----END ").append(type).append("-----\n").toString();
  }

  public static Block decodeFirst(String text) {
    int begin = text.indexOf("-----BEGIN ");
    if (begin < 0) {
      throw new KeyFormatException("no PEM block found");
    }
    int typeEnd = text.indexOf("-----", begin + 11);
    String type = text.substring(begin + 11, typeEnd);
    String endMarker = "-----END " + type + "-----";
    int end = text.indexOf(endMarker, typeEnd);
    if (end < 0) {
      throw new KeyFormatException("PEM block " + type + " has no end line");
    }
    return parseBody(type, text.substring(typeEnd + 5, end));
  }

  private static Block parseBody(String type, String body) {
    Map<String, String> headers = new LinkedHashMap<>();
    StringBuilder b64 = new StringBuilder();
    for (String line : body.split("\r?\n")) {
      int colon = line.indexOf(": ");
      if (colon > 0 && b64.length() == 0) {
        headers.put(line.substring(0, colon).trim(), line.substring(colon + 2).trim());
      } else {
        b64.append(line.trim());
      }
    }
    try {
      return new Block(type, headers, Base64.getDecoder().decode(b64.toString()));
    } catch (IllegalArgumentException e) {
      throw new KeyFormatException("malformed PEM block " + type, e);
    }
  }
}
