package dev.trustportal.ui.security.oidc;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Which token claim, if any, the portal takes memberships from ({@code
 * portal.oidc.membership-claim}).
 */
public enum MembershipClaimSource {
  /** Memberships come from the portal only. */
  NONE,
  /** Keycloak group paths such as {@code /orgs/acme/OWNER} in the {@code groups} claim. */
  GROUPS,
  /** Keycloak 26 Organizations: the {@code organization} claim names the organisations. */
  ORGANIZATION;

  static Optional<MembershipClaimSource> parse(String value) {
    return Arrays.stream(values())
        .filter(source -> source.name().equals(value.strip().toUpperCase(Locale.ROOT)))
        .findFirst();
  }
}
