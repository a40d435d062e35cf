package dev.trustportal.portal.expiry;

import java.time.Instant;
import java.util.Objects;

/**
 * One finding of the watcher about one role of a repository ({@code role} empty when it concerns
 * the whole repository), in plain words, and when it was found.
 */
public record Finding(FindingKind kind, String role, String detail, Instant foundAt) {

  public Finding {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(foundAt, "foundAt");
  }
}
