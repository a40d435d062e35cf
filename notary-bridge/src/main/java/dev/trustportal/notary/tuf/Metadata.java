package dev.trustportal.notary.tuf;

import java.util.List;

/**
 * A metadata file: the payload, its signatures, the canonical bytes that were (or will be) signed,
 * and the exact file bytes. Signatures verify over {@code canonicalSigned}; snapshot and timestamp
 * hash {@code fileBytes} (facts §4). Both are kept as received, never re-derived from the record.
 */
public record Metadata<T extends Signed>(
    T signed, List<Signature> signatures, Bytes canonicalSigned, Bytes fileBytes) {
  public Metadata {
    signatures = List.copyOf(signatures);
  }
}
