package dev.trustportal.portal.repository;

import dev.trustportal.portal.membership.MemberRole;
import dev.trustportal.portal.organisation.InvalidOrganisationNameException;
import dev.trustportal.portal.organisation.Organisation;
import dev.trustportal.portal.organisation.OrganisationName;
import dev.trustportal.portal.organisation.OrganisationNotFoundException;
import dev.trustportal.portal.organisation.Organisations;
import dev.trustportal.portal.tenancy.Tenancy;

/** The tenancy check every repository use case starts with, shared by the services of this package. */
final class OrganisationAccess {

  private OrganisationAccess() {}

  /**
   * The organisation, once the caller may work in it: a caller who is not a member gets 404, one
   * without any of the roles 403 (see {@link Tenancy}).
   */
  static Organisation require(
      Tenancy tenancy, Organisations organisations, String organisation, MemberRole... anyOf) {
    tenancy.requireRole(organisation, anyOf);
    try {
      return organisations
          .find(new OrganisationName(organisation))
          .orElseThrow(() -> new OrganisationNotFoundException(organisation));
    } catch (InvalidOrganisationNameException notAName) {
      throw new OrganisationNotFoundException(organisation);
    }
  }
}
