package dev.trustportal.portal.support;

import dev.trustportal.notary.tuf.RoleName;
import java.util.ArrayList;
import java.util.List;

/**
 * The plan of a case in plain words, computed from its kind and the trust data captured when it was
 * opened.
 */
public final class CasePlans {

  private CasePlans() {}

  public static List<PlanLine> plan(CaseInputs inputs, CapturedTrust trust) {
    String gun = inputs.gun().value();
    return switch (inputs.kind()) {
      case TRUST_RESET -> reset(gun, trust);
      case ROOT_ROTATION ->
          List.of(PlanLine.of("support.plan.root", gun, shortId(trust.rootKeyId())));
      case TARGETS_KEY_ROTATION ->
          List.of(PlanLine.of("support.plan.targets", gun, shortId(trust.targetsKeyId())));
      case SNAPSHOT_KEY_ROTATION ->
          List.of(PlanLine.of("support.plan.snapshot", gun, shortId(trust.snapshotKeyId())));
      case SIGNER_KEY_LOSS ->
          signerKeyLoss(SignerKeyLoss.of(trust, inputs.signer().value(), inputs.keyId().value()));
    };
  }

  static List<PlanLine> reset(String gun, CapturedTrust trust) {
    List<PlanLine> lines = new ArrayList<>();
    lines.add(PlanLine.of("support.plan.reset.delete", gun));
    lines.add(PlanLine.of("support.plan.reset.initialise", gun));
    if (trust.unreadable() != null) {
      lines.add(PlanLine.of("support.plan.reset.unreadable", trust.unreadable()));
    } else if (trust.delegations().isEmpty()) {
      lines.add(PlanLine.of("support.plan.reset.no_signers"));
    }
    for (CapturedTrust.Role role : readdOrder(trust)) {
      String keys =
          String.join(", ", role.keys().keySet().stream().map(CasePlans::shortId).toList());
      if (role.role().equals(RoleName.RELEASES.value())) {
        lines.add(PlanLine.of("support.plan.reset.readd_releases", keys, role.threshold()));
      } else if (role.signer().isPresent()) {
        lines.add(
            PlanLine.of(
                "support.plan.reset.readd_signer", role.signer().get(), keys, role.threshold()));
      } else {
        lines.add(
            PlanLine.of("support.plan.reset.readd_role", role.role(), keys, role.threshold()));
      }
    }
    List<String> tags = trust.tagNames();
    lines.add(
        tags.isEmpty()
            ? PlanLine.of("support.plan.reset.no_tags")
            : PlanLine.of("support.plan.reset.tags", String.join(", ", tags)));
    lines.add(PlanLine.of("support.plan.reset.notice", gun));
    return List.copyOf(lines);
  }

  /** Parents before children (a delegation is added to its parent's metadata), then by name. */
  public static List<CapturedTrust.Role> readdOrder(CapturedTrust trust) {
    return trust.delegations().stream()
        .sorted(
            java.util.Comparator.comparingInt((CapturedTrust.Role r) -> r.role().split("/").length)
                .thenComparing(CapturedTrust.Role::role))
        .toList();
  }

  static List<PlanLine> signerKeyLoss(SignerKeyLoss loss) {
    List<PlanLine> lines = new ArrayList<>();
    lines.add(
        PlanLine.of("support.plan.signer.remove", loss.signer(), shortId(loss.canonicalKeyId())));
    for (SignerKeyLoss.RoleChange change : loss.changes()) {
      if (change.removesRole()) {
        lines.add(PlanLine.of("support.plan.signer.remove_role", change.role()));
      } else if (change.thresholdAfter() < change.thresholdBefore()) {
        lines.add(
            PlanLine.of(
                "support.plan.signer.lower_threshold",
                change.role(),
                change.thresholdBefore(),
                change.thresholdAfter()));
      }
    }
    lines.add(PlanLine.of("support.plan.signer.new_key"));
    lines.add(
        loss.orphanTags().isEmpty()
            ? PlanLine.of("support.plan.signer.no_tags")
            : PlanLine.of("support.plan.signer.tags", String.join(", ", loss.orphanTags())));
    return List.copyOf(lines);
  }

  /** The 12-character prefix notary prints. */
  static String shortId(String keyId) {
    return keyId == null ? "unknown" : keyId.length() > 12 ? keyId.substring(0, 12) : keyId;
  }
}
