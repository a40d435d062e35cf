package dev.trustportal.portal.support;

import java.util.Objects;

/**
 * One thing wrong with a repository's trust data, as the support desk sees it. {@code subject} is
 * what it is about (a role name, or a key ID), {@code detail} the date, count or reason that goes
 * with it; the UI words a finding from its kind and these two, API clients read {@link #message()}.
 */
public record HealthFinding(Kind kind, String subject, String detail) {

  /** What kind of trouble, from the most to the least urgent. */
  public enum Kind {
    /** notary-server could not be reached or failed: nothing else could be checked. */
    NOTARY_UNREACHABLE,
    /**
     * The trust data diverged from what the portal pinned (subject the GUN, detail the finding).
     */
    DIVERGED,
    /** The metadata (or one delegation's) does not verify; detail is the verifier's reason. */
    VERIFICATION_FAILED,
    /**
     * A role has fewer keys than its threshold, so nobody can sign it any more; detail
     * "keys/threshold".
     */
    THRESHOLD_UNMET,
    /** A role's metadata has expired; detail is the instant. */
    ROLE_EXPIRED,
    /** A role's metadata expires within the warning period; detail is the instant. */
    ROLE_EXPIRING,
    /** The key the portal holds for a role (subject "role keyId") is not one root lists for it. */
    HELD_KEY_NOT_LISTED
  }

  public HealthFinding {
    Objects.requireNonNull(kind, "kind");
    subject = subject == null ? "" : subject;
    detail = detail == null ? "" : detail;
  }

  /** The finding in English, for API clients and the audit log. */
  public String message() {
    return switch (kind) {
      case NOTARY_UNREACHABLE -> "The notary server could not be reached: " + detail;
      case DIVERGED ->
          "The trust data of "
              + subject
              + " diverged from what the portal pinned: "
              + detail
              + " Resolve it with a root rotation or a trust reset.";
      case VERIFICATION_FAILED -> "The trust data of " + subject + " fails verification: " + detail;
      case THRESHOLD_UNMET ->
          "Role "
              + subject
              + " has fewer keys than its threshold (keys/threshold "
              + detail
              + "): it can no longer be signed.";
      case ROLE_EXPIRED -> "Role " + subject + " expired at " + detail + ".";
      case ROLE_EXPIRING -> "Role " + subject + " expires at " + detail + ".";
      case HELD_KEY_NOT_LISTED ->
          "The portal holds key "
              + detail
              + " for "
              + subject
              + ", but root.json on the notary server does not list it for that role.";
    };
  }
}
