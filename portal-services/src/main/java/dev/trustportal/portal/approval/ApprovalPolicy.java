package dev.trustportal.portal.approval;

import dev.trustportal.portal.securitykey.RequiredKeys;
import java.util.Map;
import java.util.Objects;

/**
 * An organisation's approval policy: how many owners must approve each type of change (by the
 * type's name), whether the requester may approve their own change, for how many hours a request
 * stays open for approvals, and which security keys count.
 */
public record ApprovalPolicy(
    Map<String, Integer> approvals,
    boolean selfApproval,
    int openHours,
    RequiredKeys requiredKeys) {

  public static final int DEFAULT_OPEN_HOURS = 168;
  public static final int MAX_OPEN_HOURS = 8760;

  public ApprovalPolicy {
    approvals = Map.copyOf(approvals);
    Objects.requireNonNull(requiredKeys);
    if (openHours < 1 || openHours > MAX_OPEN_HOURS) {
      throw new InvalidApprovalPolicyException(openHours);
    }
  }

  /** The most approvals it asks for any type; 0 while it asks none. */
  public int strictest() {
    return approvals.values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  public ApprovalSettings settings() {
    return new ApprovalSettings(selfApproval, openHours, requiredKeys);
  }
}
