package dev.trustportal.portal.approval;

import dev.trustportal.portal.organisation.Organisation;

/** The persistence gateway of {@link ApprovalSettings}. */
public interface ApprovalSettingsStore {

  /** The organisation's settings, or {@link ApprovalSettings#DEFAULTS}. */
  ApprovalSettings of(Organisation organisation);

  void store(Organisation organisation, ApprovalSettings settings);
}
