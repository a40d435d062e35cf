package dev.trustportal.portal.approval;

/** The organisation-wide part of the approval policy; the defaults when none is stored. */
public record ApprovalSettings(boolean selfApproval, int openHours) {

  public static final ApprovalSettings DEFAULTS = new ApprovalSettings(false, ApprovalPolicy.DEFAULT_OPEN_HOURS);
}
