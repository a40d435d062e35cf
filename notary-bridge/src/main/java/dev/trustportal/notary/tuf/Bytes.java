package dev.trustportal.notary.tuf;

import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/** Immutable byte string: file bytes, digests and signed messages travel as values, never as arrays. */
public final class Bytes {
  private final byte[] value;

  private Bytes(byte[] value) {
    this.value = value;
  }

  public static Bytes of(byte[] value) {
    return new Bytes(value.clone());
  }

  public static Bytes fromBase64(String base64) {
    return new Bytes(Base64.getDecoder().decode(base64));
  }

  public static Bytes fromHex(String hex) {
    return new Bytes(HexFormat.of().parseHex(hex));
  }

  public byte[] toArray() {
    return value.clone();
  }

  public int length() {
    return value.length;
  }

  public String base64() {
    return Base64.getEncoder().encodeToString(value);
  }

  public String hex() {
    return HexFormat.of().formatHex(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes other && Arrays.equals(value, other.value);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(value);
  }

  @Override
  public String toString() {
    return "Bytes[" + value.length + "]";
  }
}
