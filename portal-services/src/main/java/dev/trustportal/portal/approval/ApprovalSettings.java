package dev.trustportal.portal.approval;

import dev.trustportal.portal.securitykey.RequiredKeys;

/**
 * The organisation-wide part of the approval policy; the defaults when none is stored: no
 * self-approval, requests open a week, every key the platform accepts.
 */
public record ApprovalSettings(boolean selfApproval, int openHours, RequiredKeys requiredKeys) {

  public static final ApprovalSettings DEFAULTS =
      new ApprovalSettings(false, ApprovalPolicy.DEFAULT_OPEN_HOURS, RequiredKeys.ANY_FIDO2);
}
