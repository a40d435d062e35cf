package dev.trustportal.portal.expiry;

import dev.trustportal.notary.tuf.DelegatedRole;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Targets;
import dev.trustportal.notary.tuf.TrustDataException;
import dev.trustportal.notary.verify.TrustedRepository;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What the watcher finds in trust data that verified against the pins: roles expiring within the
 * window or expired, delegations below their threshold, delegations whose tags no longer verify.
 * Pure.
 */
final class WatchFindings {

  private WatchFindings() {}

  static List<Finding> of(TrustedRepository trust, ExpiryWindow window, Instant now) {
    List<Finding> findings = new ArrayList<>();
    for (ExpiringRole role : window.expiring(RoleExpiries.of(trust), now)) {
      findings.add(
          new Finding(
              role.expired() ? FindingKind.EXPIRED : FindingKind.EXPIRING,
              role.role(),
              ExpiryChecks.detail(trust.gun().value(), role),
              now));
    }
    for (DelegatedRole delegation : trust.delegationRoles()) {
      if (delegation.keyIds().size() < delegation.threshold()) {
        findings.add(
            new Finding(
                FindingKind.BELOW_THRESHOLD,
                delegation.name().value(),
                "Delegation "
                    + delegation.name().value()
                    + " has "
                    + delegation.keyIds().size()
                    + " key(s) but a threshold of "
                    + delegation.threshold()
                    + ": it can never be signed validly. Add keys or lower the threshold.",
                now));
      }
    }
    trust.rejected().forEach((role, why) -> findings.add(rejected(trust, role, why, now)));
    return findings;
  }

  private static Finding rejected(
      TrustedRepository trust, RoleName role, TrustDataException why, Instant now) {
    Metadata<Targets> claimed = trust.belowThreshold().get(role);
    String tags = claimed == null ? "" : tagsOf(claimed.signed().targets());
    if (claimed != null) {
      return new Finding(
          FindingKind.BELOW_THRESHOLD,
          role.value(),
          "Delegation "
              + role.value()
              + " has fewer valid signatures than its threshold, so clients no longer trust its"
              + " tags"
              + tags
              + ". Its signers re-sign it: notary witness "
              + trust.gun().value()
              + " "
              + role.value()
              + " --publish",
          now);
    }
    return new Finding(
        FindingKind.TAGS_UNVERIFIED,
        role.value(),
        "Delegation "
            + role.value()
            + " does not verify ("
            + why.getMessage()
            + "): clients no longer trust the tags it signs. Its signers re-sign it: notary"
            + " witness "
            + trust.gun().value()
            + " "
            + role.value()
            + " --publish",
        now);
  }

  private static String tagsOf(Map<String, ?> targets) {
    if (targets.isEmpty()) {
      return "";
    }
    return " (" + String.join(", ", new TreeSet<>(targets.keySet())) + ")";
  }
}
