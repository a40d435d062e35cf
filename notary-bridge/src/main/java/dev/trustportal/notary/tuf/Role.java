package dev.trustportal.notary.tuf;

import java.util.List;

/** A top-level role in root.json: the key IDs allowed to sign it and how many must. */
public record Role(List<KeyId> keyIds, int threshold) {
  public Role {
    keyIds = List.copyOf(keyIds);
    if (threshold < 1) {
      throw new IllegalArgumentException("threshold must be at least 1, was " + threshold);
    }
  }

  public Role withKeyIds(List<KeyId> ids) {
    return new Role(ids, threshold);
  }

  public Role withThreshold(int t) {
    return new Role(keyIds, t);
  }
}
