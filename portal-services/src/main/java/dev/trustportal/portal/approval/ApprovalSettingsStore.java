package dev.trustportal.portal.approval;

import dev.trustportal.portal.organisation.Organisation;
import java.util.Map;

/** The persistence gateway of an organisation's approval policy. */
public interface ApprovalSettingsStore {

  /** The organisation's settings, or {@link ApprovalSettings#DEFAULTS}. */
  ApprovalSettings of(Organisation organisation);

  void store(Organisation organisation, ApprovalSettings settings);

  /** The approvals the organisation has set, by type name; types never set are absent. */
  Map<String, Integer> approvals(Organisation organisation);

  void storeApprovals(Organisation organisation, String type, int approvals);
}
