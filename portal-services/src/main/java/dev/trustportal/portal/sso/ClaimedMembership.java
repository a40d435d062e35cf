package dev.trustportal.portal.sso;

import dev.trustportal.portal.membership.MemberRole;
import java.util.Objects;

/**
 * One organisation and role that a token claim names, as the provider spelt the organisation: the
 * service checks that such an organisation exists before it grants anything.
 */
public record ClaimedMembership(String organisation, MemberRole role) {

  public ClaimedMembership {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(role, "role");
  }
}
