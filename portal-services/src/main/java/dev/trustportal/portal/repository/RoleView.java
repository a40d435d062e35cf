package dev.trustportal.portal.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A role: its key IDs (as its metadata names them), how many must sign, when its metadata expires
 * (empty for a delegation that was defined but never uploaded), and its keys with their canonical IDs.
 */
public record RoleView(String name, int threshold, List<String> keyIds, Optional<Instant> expires,
    List<KeyView> keys) {

  public RoleView {
    keyIds = List.copyOf(keyIds);
    keys = List.copyOf(keys);
  }
}
