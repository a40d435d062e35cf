package dev.trustportal.portal.approval;

import dev.trustportal.portal.organisation.Organisation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The organisation's quorum per type of subject, as features read it when they file something: what
 * the organisation set (never below the type's minimum), or the type's default. Runs in the
 * caller's transaction; the caller has checked who may read it.
 */
@ApplicationScoped
public class ApprovalPolicies {

  // Field injection: the subjects are looked up lazily, as they in turn use the features that use
  // this.
  @Inject @Any Instance<ApprovalSubjects> subjects;
  @Inject ApprovalSettingsStore store;

  /** How many approvals a subject of the type needs in the organisation from now on. */
  public int approvalsNeeded(Organisation organisation, ApprovableType type) {
    return needed(type, store.approvals(organisation));
  }

  /** The approvals every type needs in the organisation, by type name. */
  public Map<String, Integer> approvals(Organisation organisation) {
    Map<String, Integer> stored = store.approvals(organisation);
    Map<String, Integer> all = new TreeMap<>();
    types().forEach(type -> all.put(type.name(), needed(type, stored)));
    return all;
  }

  /** The most approvals the policy asks for any type (0 when it asks none). */
  public int strictest(Organisation organisation) {
    return approvals(organisation).values().stream().mapToInt(Integer::intValue).max().orElse(0);
  }

  /** The policy's settings as a whole. */
  public ApprovalPolicy policy(Organisation organisation) {
    ApprovalSettings settings = store.of(organisation);
    return new ApprovalPolicy(
        approvals(organisation),
        settings.selfApproval(),
        settings.openHours(),
        settings.requiredKeys());
  }

  /** Every type whose quorum the policy sets. */
  public List<ApprovableType> types() {
    return subjects.stream()
        .flatMap(s -> s.types().stream())
        .map(ApprovableType.class::cast)
        .toList();
  }

  /**
   * @throws InvalidChangeTypeException for a name that is no type
   */
  public ApprovableType type(String name) {
    Optional<ApprovableType> type = types().stream().filter(t -> t.name().equals(name)).findFirst();
    return type.orElseThrow(
        () ->
            new InvalidChangeTypeException(
                name, types().stream().map(ApprovableType::name).toList()));
  }

  private static int needed(ApprovableType type, Map<String, Integer> stored) {
    Integer set = stored.get(type.name());
    return set == null ? type.defaultApprovals() : Math.max(type.minimumApprovals(), set);
  }
}
