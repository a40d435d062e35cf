package dev.trustportal.portal.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain of the audit log, with no I/O. Each event's hash is the lowercase hex SHA-256 of
 * an unambiguous encoding of all its fields and its predecessor's hash; the first event of a chain
 * links to {@link #GENESIS}. A changed field changes the hash; a removed, inserted or reordered
 * event breaks a link. (Cutting events off the end of a chain leaves a shorter, valid chain:
 * detecting that needs the head hash kept elsewhere.)
 */
public final class HashChain {

  /** The predecessor hash of the first event of every chain. */
  public static final String GENESIS = "0".repeat(64);

  // Changing the encoding invalidates every stored hash: bump the tag and keep the old encoding.
  private static final String ENCODING_TAG = "trust-portal/audit-event/v1";

  private HashChain() {}

  /**
   * The hash of an event. Every string is written as its UTF-8 length and bytes ({@code -1} for
   * null), so that no two different events encode alike (as they could when fields were joined with
   * a separator that may occur inside a field).
   */
  public static String hash(long id, AuditRecord record, Instant occurredAt, String previousHash) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      string(out, ENCODING_TAG);
      out.writeLong(id);
      string(out, record.organisation());
      string(out, record.actor());
      string(out, record.action());
      string(out, record.target());
      string(out, record.outcome().name());
      string(out, record.detail());
      out.writeLong(occurredAt.getEpochSecond());
      out.writeInt(occurredAt.getNano());
      string(out, previousHash);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HexFormat.of().formatHex(sha256(bytes.toByteArray()));
  }

  /** The hash an entry should carry, recomputed from its fields. */
  public static String hash(AuditEntry entry) {
    return hash(entry.id(), entry.record(), entry.occurredAt(), entry.previousHash());
  }

  /**
   * The database keeps microseconds; an instant is cut to them before it is hashed and stored, so
   * that the hash of the stored row is the hash that was computed.
   */
  public static Instant storable(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  /** Verifies a whole chain given oldest first. */
  public static ChainVerification verify(List<AuditEntry> oldestFirst) {
    Verifier verifier = new Verifier();
    for (AuditEntry entry : oldestFirst) {
      if (!verifier.accept(entry)) {
        break;
      }
    }
    return verifier.result();
  }

  /** Verifies a chain fed oldest first, one event at a time, so that it need not fit in memory. */
  public static final class Verifier {

    private String expectedPrevious = GENESIS;
    private long checked;
    private Long firstBroken;

    /**
     * Checks the next event: its link to the predecessor, then its own hash.
     *
     * @return whether the chain is still intact (after a break, further events are ignored)
     */
    public boolean accept(AuditEntry entry) {
      if (firstBroken != null) {
        return false;
      }
      checked++;
      if (!expectedPrevious.equals(entry.previousHash()) || !hash(entry).equals(entry.hash())) {
        firstBroken = entry.id();
        return false;
      }
      expectedPrevious = entry.hash();
      return true;
    }

    public ChainVerification result() {
      return firstBroken == null
          ? ChainVerification.intact(checked)
          : ChainVerification.brokenAt(checked, firstBroken);
    }
  }

  private static void string(DataOutputStream out, String value) throws IOException {
    if (value == null) {
      out.writeInt(-1);
      return;
    }
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }

  private static byte[] sha256(byte[] input) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(input);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }

  /**
   * A stable 64-bit key for a chain's PostgreSQL advisory lock: the first 8 bytes of the SHA-256 of
   * the chain's name. Stable across JVMs and releases, unlike {@link String#hashCode()} widened.
   */
  public static long lockKey(String organisation) {
    String chain =
        organisation == null ? "audit-chain:platform" : "audit-chain:org:" + organisation;
    byte[] digest = sha256(chain.getBytes(StandardCharsets.UTF_8));
    long key = 0;
    for (int i = 0; i < Long.BYTES; i++) {
      key = (key << 8) | (digest[i] & 0xffL);
    }
    return key;
  }
}
