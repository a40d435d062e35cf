package dev.trustportal.portal.approval;

import dev.trustportal.portal.securitykey.RequiredKeys;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A requested approval policy against the current one, split in two: what tightens it applies at
 * once ({@code raised} counts and {@code settingsNow}); what weakens it (a lower count,
 * self-approval allowed, a longer open period, every key counted) is the {@code proposal} the
 * owners must approve first. A value restated as it is belongs to neither.
 */
public record PolicyDelta(
    Map<String, Integer> raised, ApprovalSettings settingsNow, PolicyProposal proposal) {

  public PolicyDelta {
    raised = Map.copyOf(raised);
  }

  /**
   * @param approvals the requested counts by type (names already checked)
   * @param selfApproval null keeps the current value, as do {@code openHours} and {@code
   *     requiredKeys}
   */
  public static PolicyDelta between(
      ApprovalPolicy current,
      Map<String, Integer> approvals,
      Boolean selfApproval,
      Integer openHours,
      RequiredKeys requiredKeys) {
    Map<String, Integer> raised = new TreeMap<>();
    Map<String, Integer> lowered = new TreeMap<>();
    approvals.forEach(
        (type, n) -> {
          int now = current.approvals().getOrDefault(type, 0);
          if (n > now) {
            raised.put(type, n);
          } else if (n < now) {
            lowered.put(type, n);
          }
        });
    boolean allowSelf = selfApproval != null && selfApproval && !current.selfApproval();
    boolean forbidSelf = selfApproval != null && !selfApproval && current.selfApproval();
    boolean longer = openHours != null && openHours > current.openHours();
    boolean shorter = openHours != null && openHours < current.openHours();
    // RequiredKeys are declared from the weakest to the strictest.
    boolean anyKey =
        requiredKeys != null && requiredKeys.ordinal() < current.requiredKeys().ordinal();
    boolean stricterKey =
        requiredKeys != null && requiredKeys.ordinal() > current.requiredKeys().ordinal();
    ApprovalSettings now =
        new ApprovalSettings(
            forbidSelf ? false : current.selfApproval(),
            shorter ? openHours : current.openHours(),
            stricterKey ? requiredKeys : current.requiredKeys());
    PolicyProposal proposal =
        new PolicyProposal(
            lowered,
            allowSelf ? Optional.of(true) : Optional.empty(),
            longer ? Optional.of(openHours) : Optional.empty(),
            anyKey ? Optional.of(requiredKeys) : Optional.empty());
    return new PolicyDelta(raised, now, proposal);
  }
}
