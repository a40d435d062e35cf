package dev.trustportal.portal.membership;

/**
 * The tenancy check as this package needs it. {@code dev.trustportal.portal.tenancy.Tenancy}
 * implements it; declaring it here lets membership use the one tenancy rule while tenancy depends
 * on membership's data, not the other way round.
 */
public interface TenantGuard {

  /**
   * The caller's access to the organisation.
   *
   * @param anyOf the roles that allow the action; none means any member
   * @throws dev.trustportal.portal.organisation.OrganisationNotFoundException if there is no such
   *     organisation or the caller is not a member of it
   * @throws MissingRoleException if the caller is a member without any of the roles
   */
  CallerAccess requireRole(String organisation, MemberRole... anyOf);

  /**
   * A further check after {@link #requireRole(String, MemberRole...)}, for actions whose needed
   * role depends on what they touch (only owners grant the owner role). A refusal is audited like
   * any other.
   *
   * @throws MissingRoleException if the caller holds none of the roles
   */
  void requireRole(CallerAccess access, MemberRole... anyOf);
}
