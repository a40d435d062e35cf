package dev.trustportal.notary.crypto;

import dev.trustportal.notary.tuf.Key;
import dev.trustportal.notary.tuf.Signature;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * ECDSA signatures this JVM found valid, so that the same signature by the same key over the same
 * message is not checked twice: every pinned read verifies every file of a repository (root,
 * timestamp, snapshot, targets and each delegation), and between two reads most of them are the
 * same bytes. A check is a pure function of key, signature and message digest; an entry is the
 * SHA-256 of all three (key type and exact public value, method and signature, the message's
 * SHA-256, each length-prefixed), so a hit means that very check succeeded before. Only successes
 * are kept; a failure is checked again every time. Bounded: cleared when {@link #CAPACITY} is
 * reached (32 bytes an entry).
 */
final class VerifiedSignatures {
  static final int CAPACITY = 16_384;

  private final Set<ByteBuffer> valid = ConcurrentHashMap.newKeySet();

  boolean contains(Key key, Signature signature, byte[] messageDigest) {
    return valid.contains(entry(key, signature, messageDigest));
  }

  void add(Key key, Signature signature, byte[] messageDigest) {
    if (valid.size() >= CAPACITY) {
      valid.clear();
    }
    valid.add(entry(key, signature, messageDigest));
  }

  private static ByteBuffer entry(Key key, Signature signature, byte[] messageDigest) {
    MessageDigest sha256 = sha256();
    for (String part :
        new String[] {key.keyType(), key.publicValue(), signature.method(), signature.sig()}) {
      update(sha256, part.getBytes(StandardCharsets.UTF_8));
    }
    update(sha256, messageDigest);
    return ByteBuffer.wrap(sha256.digest());
  }

  private static void update(MessageDigest sha256, byte[] part) {
    sha256.update(ByteBuffer.allocate(Integer.BYTES).putInt(part.length).array());
    sha256.update(part);
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
