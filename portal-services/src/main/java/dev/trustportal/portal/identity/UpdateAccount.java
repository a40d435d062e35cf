package dev.trustportal.portal.identity;

import java.util.Optional;
import java.util.Set;

/**
 * What a platform admin changes of an account; an empty field keeps its value. A blank display name
 * or email removes it; {@code disabled} false enables a disabled account again.
 */
public record UpdateAccount(
    Optional<String> displayName,
    Optional<String> email,
    Optional<Set<String>> roles,
    Optional<Boolean> disabled) {

  public UpdateAccount(
      Optional<String> displayName, Optional<String> email, Optional<Set<String>> roles) {
    this(displayName, email, roles, Optional.empty());
  }

  public UpdateAccount {
    disabled = disabled == null ? Optional.empty() : disabled;
    displayName = displayName == null ? Optional.empty() : displayName;
    email = email == null ? Optional.empty() : email;
    roles = roles == null ? Optional.empty() : roles.map(Set::copyOf);
  }
}
