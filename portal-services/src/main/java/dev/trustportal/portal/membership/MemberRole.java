package dev.trustportal.portal.membership;

import java.util.Arrays;
import java.util.Locale;

/**
 * What a member may do in an organisation (see "Who uses it" in the design): owners approve changes
 * of trust, admins manage members and repositories, signers sign tags, viewers read.
 */
public enum MemberRole {
  OWNER,
  ADMIN,
  SIGNER,
  VIEWER;

  /**
   * The role with this name, ignoring case, as API clients and forms send it.
   *
   * @throws InvalidRoleException if no role has the name
   */
  public static MemberRole parse(String name) {
    return Arrays.stream(values())
        .filter(role -> name != null && role.name().equals(name.strip().toUpperCase(Locale.ROOT)))
        .findFirst()
        .orElseThrow(() -> new InvalidRoleException(name));
  }
}
