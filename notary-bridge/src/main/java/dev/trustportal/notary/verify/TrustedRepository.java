package dev.trustportal.notary.verify;

import dev.trustportal.notary.tuf.DelegatedRole;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Snapshot;
import dev.trustportal.notary.tuf.Targets;
import dev.trustportal.notary.tuf.Timestamp;
import dev.trustportal.notary.tuf.TrustDataException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A verified view of one repository. Delegations that failed verification are kept in {@code
 * rejected} and their tags are hidden, as notary's client warns and skips them (facts §12); {@link
 * #requireAllVerified()} turns that into an exception for callers that need every role. A
 * delegation rejected only for too few valid signatures is also in {@code belowThreshold}, parsed
 * but untrusted, for callers that show what it claims as unverified.
 */
public record TrustedRepository(
    Gun gun,
    Metadata<Root> root,
    Metadata<Timestamp> timestamp,
    Metadata<Snapshot> snapshot,
    Metadata<Targets> targets,
    Map<RoleName, Metadata<Targets>> delegations,
    Map<RoleName, VerificationResult> results,
    Map<RoleName, TrustDataException> rejected,
    Map<RoleName, Metadata<Targets>> belowThreshold) {

  public TrustedRepository {
    delegations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(delegations));
    results = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(results));
    rejected = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(rejected));
    belowThreshold = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(belowThreshold));
  }

  /** A repository with no delegation kept below its threshold. */
  public TrustedRepository(
      Gun gun,
      Metadata<Root> root,
      Metadata<Timestamp> timestamp,
      Metadata<Snapshot> snapshot,
      Metadata<Targets> targets,
      Map<RoleName, Metadata<Targets>> delegations,
      Map<RoleName, VerificationResult> results,
      Map<RoleName, TrustDataException> rejected) {
    this(gun, root, timestamp, snapshot, targets, delegations, results, rejected, Map.of());
  }

  public TrustedRepository requireAllVerified() {
    rejected.values().stream()
        .findFirst()
        .ifPresent(
            e -> {
              throw e;
            });
    return this;
  }

  public Optional<Metadata<Targets>> targetsOf(RoleName role) {
    return Optional.ofNullable(role.equals(RoleName.TARGETS) ? targets : delegations.get(role));
  }

  /** Every delegation defined anywhere in the verified tree, uploaded or not, in walk order. */
  public List<DelegatedRole> delegationRoles() {
    List<DelegatedRole> out = new ArrayList<>();
    walk((role, md) -> out.addAll(md.signed().delegations().roles()));
    return out;
  }

  /**
   * All visible tags: from verified roles only, and within the paths of the role and its ancestors.
   */
  public List<SignedTarget> targetsList() {
    List<SignedTarget> out = new ArrayList<>();
    walk(
        (role, md) ->
            md.signed()
                .targets()
                .forEach(
                    (name, file) -> {
                      if (inScope(role, name)) {
                        out.add(new SignedTarget(name, file, role));
                      }
                    }));
    return out;
  }

  /**
   * The first tag of that name in walk order (targets first, then delegations breadth-first), as
   * notary lookup.
   */
  public Optional<SignedTarget> lookup(String name) {
    return targetsList().stream().filter(t -> t.name().equals(name)).findFirst();
  }

  private boolean inScope(RoleName role, String name) {
    for (RoleName r = role; r.isDelegation(); r = r.parent()) {
      RoleName current = r;
      boolean covered =
          targetsOf(r.parent())
              .flatMap(p -> p.signed().delegations().role(current))
              .map(d -> d.covers(name))
              .orElse(false);
      if (!covered) {
        return false;
      }
    }
    return true;
  }

  private void walk(java.util.function.BiConsumer<RoleName, Metadata<Targets>> visitor) {
    List<RoleName> queue = new ArrayList<>(List.of(RoleName.TARGETS));
    for (int i = 0; i < queue.size(); i++) {
      RoleName role = queue.get(i);
      Optional<Metadata<Targets>> md = targetsOf(role);
      if (md.isPresent()) {
        visitor.accept(role, md.get());
        md.get().signed().delegations().roles().forEach(d -> queue.add(d.name()));
      }
    }
  }
}
