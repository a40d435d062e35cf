package dev.trustportal.portal.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A role: its key IDs (as its metadata names them), how many must sign, when its metadata expires
 * (empty for a delegation that was defined but never uploaded), its keys with their canonical IDs,
 * and whether a change request may set its threshold (only a delegation's: the top-level roles'
 * thresholds are root's business).
 */
public record RoleDetails(
    String name,
    int threshold,
    List<String> keyIds,
    Optional<Instant> expires,
    List<KeyDetails> keys,
    boolean thresholdChangeable) {

  public RoleDetails {
    keyIds = List.copyOf(keyIds);
    keys = List.copyOf(keys);
  }
}
