package dev.trustportal.portal.expiry;

import java.time.Instant;
import java.util.Objects;

/** When a role's metadata expires, as the repository's trust data says. */
public record RoleExpiry(String role, Instant expires) {

  public RoleExpiry {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(expires, "expires");
  }
}
