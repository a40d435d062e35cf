package dev.trustportal.portal.approval;

import java.util.Objects;
import java.util.Optional;

/**
 * Names one approvable thing: its kind, its ID and, where the caller's address names one, the
 * organisation it must belong to (a change of another organisation is then not found).
 */
public record SubjectRef(SubjectKind kind, Optional<String> organisation, long id) {

  public SubjectRef {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(organisation);
  }

  public static SubjectRef change(String organisation, long id) {
    return new SubjectRef(SubjectKind.CHANGE, Optional.of(organisation), id);
  }

  public static SubjectRef policyChange(String organisation, long id) {
    return new SubjectRef(SubjectKind.POLICY_CHANGE, Optional.of(organisation), id);
  }

  public static SubjectRef custodyChange(String organisation, long id) {
    return new SubjectRef(SubjectKind.CUSTODY_CHANGE, Optional.of(organisation), id);
  }

  public static SubjectRef platformRoleGrant(long id) {
    return new SubjectRef(SubjectKind.PLATFORM_ROLE_GRANT, Optional.empty(), id);
  }

  public static SubjectRef supportCase(long id) {
    return new SubjectRef(SubjectKind.SUPPORT_CASE, Optional.empty(), id);
  }

  /** Whether the subject, which belongs to {@code actual}, is the one the caller addressed. */
  public boolean addresses(String actual) {
    return organisation.map(actual::equals).orElse(true);
  }
}
