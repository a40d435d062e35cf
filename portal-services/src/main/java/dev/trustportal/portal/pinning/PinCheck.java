package dev.trustportal.portal.pinning;

import dev.trustportal.notary.json.MetadataCodec;
import dev.trustportal.notary.tuf.KeyId;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Targets;
import dev.trustportal.notary.tuf.TrustDataException;
import dev.trustportal.notary.verify.RollbackException;
import dev.trustportal.notary.verify.TrustedRepository;
import dev.trustportal.notary.verify.UntrustedRootException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The checks of pinned trust that need no I/O: what a verification against the pinned root and
 * floors cannot see by itself. The portal holds the root and targets keys of its repositories, so a
 * root or a targets role listing a key the portal did not put there was made by someone else
 * holding a copy of a key, and the portal refuses to sign on top of it.
 */
public final class PinCheck {

  private PinCheck() {}

  /** What differs between trust data verified against the pin and the pin itself, if anything. */
  public static Optional<String> check(Pin pin, TrustedRepository trust) {
    Metadata<Root> pinned = MetadataCodec.parse(RoleName.ROOT, pin.root().toArray(), Root.class);
    Set<String> unknownRoot =
        minus(ids(trust.root().signed().keys().keySet()), ids(pinned.signed().keys().keySet()));
    if (!unknownRoot.isEmpty()) {
      return Optional.of(
          "root version "
              + trust.root().signed().version()
              + " lists key(s) "
              + unknownRoot
              + " that the portal did not put there (pinned root version "
              + pinned.signed().version()
              + ").");
    }
    Set<String> unknownTargets =
        minus(delegationKeyIds(trust.targets().signed()), pin.targetsKeyIds());
    if (!unknownTargets.isEmpty()) {
      return Optional.of(
          "targets version "
              + trust.targets().signed().version()
              + " lists delegation key(s) "
              + unknownTargets
              + " that the portal did not put there.");
    }
    return Optional.empty();
  }

  /**
   * Whether the verifier's refusal means the data diverged from the pin (not merely a broken file).
   */
  public static boolean divergesFromPin(TrustDataException refusal) {
    return refusal instanceof RollbackException || refusal instanceof UntrustedRootException;
  }

  /** The finding for a refusal of the verifier, with the versions it names. */
  public static String finding(TrustDataException refusal) {
    if (refusal instanceof RollbackException rollback) {
      return rollback.role()
          + " version "
          + rollback.receivedVersion()
          + " is lower than current version "
          + rollback.trustedVersion()
          + " the portal has seen (a rollback).";
    }
    return "the served root does not chain from the pinned root: " + refusal.getMessage() + ".";
  }

  /** The delegation key IDs a targets role lists. */
  public static Set<String> delegationKeyIds(Targets targets) {
    return ids(targets.delegations().keys().keySet());
  }

  /** The version of every role the verification saw, root aside (the pinned root stands for it). */
  public static Map<RoleName, Integer> versions(TrustedRepository trust) {
    Map<RoleName, Integer> versions = new TreeMap<>();
    versions.put(RoleName.TIMESTAMP, trust.timestamp().signed().version());
    versions.put(RoleName.SNAPSHOT, trust.snapshot().signed().version());
    versions.put(RoleName.TARGETS, trust.targets().signed().version());
    trust.delegations().forEach((role, md) -> versions.put(role, md.signed().version()));
    return versions;
  }

  /**
   * The roles newer than their floors, with their versions: the only floors that need writing (a
   * read after a publish sees timestamp and snapshot move, not every delegation).
   */
  public static Map<RoleName, Integer> raised(
      Map<RoleName, Integer> floors, Map<RoleName, Integer> versions) {
    Map<RoleName, Integer> raised = new TreeMap<>();
    versions.forEach(
        (role, version) -> {
          if (version > floors.getOrDefault(role, 0)) {
            raised.put(role, version);
          }
        });
    return raised;
  }

  private static Set<String> ids(Set<KeyId> keyIds) {
    return keyIds.stream().map(KeyId::value).collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<String> minus(Set<String> all, Set<String> known) {
    Set<String> out = new TreeSet<>(all);
    out.removeAll(known);
    return out;
  }
}
