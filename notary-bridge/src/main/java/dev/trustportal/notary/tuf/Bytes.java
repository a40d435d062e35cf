package dev.trustportal.notary.tuf;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Immutable byte string: file bytes, digests and signed messages travel as values, never as arrays.
 * A value may be a {@link #slice} of another (the canonical {@code signed} part of a received file
 * is usually the file's own bytes), so a large file is held once.
 */
public final class Bytes {
  private final byte[] value;
  private final int offset;
  private final int length;

  private Bytes(byte[] value, int offset, int length) {
    this.value = value;
    this.offset = offset;
    this.length = length;
  }

  public static Bytes of(byte[] value) {
    return new Bytes(value.clone(), 0, value.length);
  }

  public static Bytes fromBase64(String base64) {
    byte[] v = Base64.getDecoder().decode(base64);
    return new Bytes(v, 0, v.length);
  }

  public static Bytes fromHex(String hex) {
    byte[] v = HexFormat.of().parseHex(hex);
    return new Bytes(v, 0, v.length);
  }

  /** The bytes {@code [from, from + count)} of this value, sharing its storage. */
  public Bytes slice(int from, int count) {
    if (from < 0 || count < 0 || from + count > length) {
      throw new IndexOutOfBoundsException(
          "slice " + from + "+" + count + " of " + length + " bytes");
    }
    return new Bytes(value, offset + from, count);
  }

  public byte[] toArray() {
    return Arrays.copyOfRange(value, offset, offset + length);
  }

  /** Feeds the bytes to a digest without copying them. */
  public void updateDigest(MessageDigest digest) {
    digest.update(value, offset, length);
  }

  /** Feeds the bytes to a signature engine without copying them. */
  public void updateSignature(java.security.Signature engine)
      throws java.security.SignatureException {
    engine.update(value, offset, length);
  }

  public int length() {
    return length;
  }

  public String base64() {
    ByteBuffer encoded = Base64.getEncoder().encode(ByteBuffer.wrap(value, offset, length));
    return new String(
        encoded.array(), 0, encoded.limit(), java.nio.charset.StandardCharsets.US_ASCII);
  }

  public String hex() {
    return HexFormat.of().formatHex(value, offset, offset + length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Bytes other
        && Arrays.equals(
            value, offset, offset + length, other.value, other.offset, other.offset + other.length);
  }

  @Override
  public int hashCode() {
    int h = 1;
    for (int i = offset; i < offset + length; i++) {
      h = 31 * h + value[i];
    }
    return h;
  }

  @Override
  public String toString() {
    return "Bytes[" + length + "]";
  }
}
