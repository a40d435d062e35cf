package dev.trustportal.portal.approval;

import dev.trustportal.portal.securitykey.SecurityKeys.Purpose;

/**
 * The kinds of thing people approve with security keys. Each kind is plugged in by its feature as
 * an {@link ApprovalSubjects} bean; its challenges are stored under their own purpose, so that an
 * assertion for one kind never counts for another.
 */
public enum SubjectKind {
  CHANGE("Change request", Purpose.APPROVAL),
  SUPPORT_CASE("Support case", Purpose.CASE_APPROVAL),
  POLICY_CHANGE("Policy change", Purpose.POLICY_APPROVAL),
  CUSTODY_CHANGE("Root custody change", Purpose.CUSTODY_APPROVAL),
  PLATFORM_ROLE_GRANT("Platform role request", Purpose.ROLE_APPROVAL);

  private final String noun;
  private final Purpose purpose;

  SubjectKind(String noun, Purpose purpose) {
    this.noun = noun;
    this.purpose = purpose;
  }

  /** How messages name one, capitalised: "Change request 7". */
  public String noun() {
    return noun;
  }

  public Purpose purpose() {
    return purpose;
  }
}
