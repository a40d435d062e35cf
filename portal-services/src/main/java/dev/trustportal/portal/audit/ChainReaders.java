package dev.trustportal.portal.audit;

import java.util.List;

/**
 * Who may read which organisation's audit chain: the tenancy rule as the audit log needs it. The
 * tenancy check implements it; declaring it here keeps the audit log free of the features that
 * record events (organisations, memberships), so that the packages form no cycle.
 */
public interface ChainReaders {

  /**
   * Passes for the organisation's owners and admins.
   *
   * @throws dev.trustportal.portal.common.PortalException of kind NOT_FOUND when there is no such
   *     organisation or the caller is not a member of it, of kind FORBIDDEN for members in other
   *     roles
   */
  void requireReader(String organisation);

  /** The organisations whose chain the caller may read, by name, at most {@code limit} of them. */
  List<String> readableOrganisations(int limit);
}
