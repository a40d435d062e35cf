package dev.trustportal.notary.verify;

import dev.trustportal.notary.json.MetadataCodec;
import dev.trustportal.notary.tuf.DelegatedRole;
import dev.trustportal.notary.tuf.FileMeta;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.Role;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Signed;
import dev.trustportal.notary.tuf.Snapshot;
import dev.trustportal.notary.tuf.Targets;
import dev.trustportal.notary.tuf.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The client update chain of TUF as notary's client runs it (tuf/builder.go): trusted root, then
 * timestamp, snapshot, targets and delegations, each checked for type, signatures against its
 * threshold, the length and hashes its parent lists, version rollback and expiry. Pure: no I/O, and
 * one reference time taken from the injected clock at construction, so a whole update is judged at
 * one instant.
 */
public final class TrustedMetadataSet {
  private final Gun gun;
  private final Instant now;
  private final Map<RoleName, Integer> floors;
  private final Map<RoleName, Metadata<Targets>> delegations = new LinkedHashMap<>();
  private final Map<RoleName, VerificationResult> results = new LinkedHashMap<>();
  private Metadata<Root> root;
  private Metadata<Timestamp> timestamp;
  private Metadata<Snapshot> snapshot;
  private Metadata<Targets> targets;

  private TrustedMetadataSet(Gun gun, Clock clock, Map<RoleName, Integer> floors) {
    this.gun = gun;
    this.now = clock.instant();
    this.floors = Map.copyOf(floors);
  }

  /**
   * Starts from a root trusted by the caller (pinned, cached, or on first use). It must be signed
   * by its own root keys, which must be valid certificates for the GUN. {@code floors} are versions
   * seen before, below which any role is a rollback.
   */
  public static TrustedMetadataSet fromTrustedRoot(
      Gun gun, Clock clock, byte[] rootFile, Map<RoleName, Integer> floors) {
    TrustedMetadataSet set = new TrustedMetadataSet(gun, clock, floors);
    Metadata<Root> md = MetadataCodec.parse(RoleName.ROOT, rootFile, Root.class);
    checkVersion(RoleName.ROOT, floors.getOrDefault(RoleName.ROOT, 0), md.signed().version());
    set.root = md;
    set.results.put(RoleName.ROOT, set.checkRootSelfSigned(md));
    return set;
  }

  /**
   * Rotation to a newer root (TUF 5.3; notary {@code loadRoot}): it must meet the threshold of the
   * trusted root's root role and of its own, and its version must grow.
   */
  public Metadata<Root> updateRoot(byte[] file) {
    requireNoTimestampYet();
    Metadata<Root> next = MetadataCodec.parse(RoleName.ROOT, file, Root.class);
    Root old = root.signed();
    VerificationResult byOld =
        SignatureCheck.check(
            RoleName.ROOT,
            old.role(RoleName.ROOT).keyIds(),
            old.role(RoleName.ROOT).threshold(),
            old.keys(),
            next);
    if (!byOld.verified()) {
      throw new UntrustedRootException(
          "could not rotate trust to a new trusted root: "
              + "failed to validate data with current trusted certificates",
          byOld);
    }
    if (next.signed().version() <= old.version()) {
      throw new RollbackException(RoleName.ROOT, old.version(), next.signed().version());
    }
    results.put(RoleName.ROOT, checkRootSelfSigned(next));
    root = next;
    return next;
  }

  public Metadata<Timestamp> updateTimestamp(byte[] file) {
    // The final root must be fresh before anything it vouches for is used (TUF 5.3.10).
    checkExpiry(RoleName.ROOT, root.signed());
    Metadata<Timestamp> md = MetadataCodec.parse(RoleName.TIMESTAMP, file, Timestamp.class);
    verifyTopLevel(RoleName.TIMESTAMP, md);
    checkVersion(
        RoleName.TIMESTAMP, versionOf(timestamp, RoleName.TIMESTAMP), md.signed().version());
    checkExpiry(RoleName.TIMESTAMP, md.signed());
    // The previous snapshot stays as the rollback floor for the next updateSnapshot.
    timestamp = md;
    return md;
  }

  public Metadata<Snapshot> updateSnapshot(byte[] file) {
    FileMeta listed =
        require(timestamp, RoleName.TIMESTAMP)
            .signed()
            .snapshotMeta()
            .orElseThrow(
                () -> new MissingMetadataException(RoleName.SNAPSHOT, RoleName.TIMESTAMP, "meta"));
    FileChecks.check(RoleName.SNAPSHOT, listed, file);
    Metadata<Snapshot> md = MetadataCodec.parse(RoleName.SNAPSHOT, file, Snapshot.class);
    verifyTopLevel(RoleName.SNAPSHOT, md);
    checkVersion(RoleName.SNAPSHOT, versionOf(snapshot, RoleName.SNAPSHOT), md.signed().version());
    checkExpiry(RoleName.SNAPSHOT, md.signed());
    snapshot = md;
    return md;
  }

  public Metadata<Targets> updateTargets(byte[] file) {
    FileChecks.check(RoleName.TARGETS, listedInSnapshot(RoleName.TARGETS), file);
    Metadata<Targets> md = MetadataCodec.parse(RoleName.TARGETS, file, Targets.class);
    verifyTopLevel(RoleName.TARGETS, md);
    checkVersion(RoleName.TARGETS, versionOf(targets, RoleName.TARGETS), md.signed().version());
    checkExpiry(RoleName.TARGETS, md.signed());
    targets = md;
    return md;
  }

  /**
   * A delegation, checked against the keys and threshold its (already verified) parent gives it.
   */
  public Metadata<Targets> updateDelegation(RoleName role, byte[] file) {
    DelegatedRole delegation = delegationOf(role);
    FileChecks.check(role, listedInSnapshot(role), file);
    Metadata<Targets> md = MetadataCodec.parse(role, file, Targets.class);
    Metadata<Targets> parent = verifiedTargets(role.parent()).orElseThrow();
    VerificationResult result =
        SignatureCheck.check(
            role,
            delegation.keyIds(),
            delegation.threshold(),
            parent.signed().delegations().keys(),
            md);
    results.put(role, result);
    result.requireVerified();
    checkVersion(role, versionOf(delegations.get(role), role), md.signed().version());
    checkExpiry(role, md.signed());
    delegations.put(role, md);
    return md;
  }

  /** The delegation entry for a role in its verified parent, or UnknownDelegationException. */
  public DelegatedRole delegationOf(RoleName role) {
    return verifiedTargets(role.parent())
        .flatMap(p -> p.signed().delegations().role(role))
        .orElseThrow(() -> new UnknownDelegationException(role));
  }

  public Optional<Metadata<Targets>> verifiedTargets(RoleName role) {
    return Optional.ofNullable(role.equals(RoleName.TARGETS) ? targets : delegations.get(role));
  }

  public Gun gun() {
    return gun;
  }

  public Instant referenceTime() {
    return now;
  }

  public Metadata<Root> root() {
    return root;
  }

  public Optional<Metadata<Timestamp>> timestamp() {
    return Optional.ofNullable(timestamp);
  }

  public Optional<Metadata<Snapshot>> snapshot() {
    return Optional.ofNullable(snapshot);
  }

  public Map<RoleName, Metadata<Targets>> delegations() {
    return Map.copyOf(delegations);
  }

  public Map<RoleName, VerificationResult> results() {
    return new LinkedHashMap<>(results);
  }

  private VerificationResult checkRootSelfSigned(Metadata<Root> md) {
    Map<dev.trustportal.notary.tuf.KeyId, dev.trustportal.notary.tuf.Key> leafs =
        RootCertificateCheck.validLeafKeys(gun, md.signed(), now);
    Role role = md.signed().role(RoleName.ROOT);
    VerificationResult result =
        SignatureCheck.check(
            RoleName.ROOT,
            role.keyIds().stream().filter(leafs::containsKey).toList(),
            role.threshold(),
            leafs,
            md);
    if (!result.verified()) {
      throw new UntrustedRootException(
          "could not validate the path to a trusted root: failed to validate integrity of roots",
          result);
    }
    return result;
  }

  private void verifyTopLevel(RoleName name, Metadata<?> md) {
    Role role = root.signed().role(name);
    VerificationResult result =
        SignatureCheck.check(name, role.keyIds(), role.threshold(), root.signed().keys(), md);
    results.put(name, result);
    result.requireVerified();
  }

  private FileMeta listedInSnapshot(RoleName role) {
    return require(snapshot, RoleName.SNAPSHOT)
        .signed()
        .meta(role)
        .orElseThrow(() -> new MissingMetadataException(role, RoleName.SNAPSHOT, "meta"));
  }

  private int versionOf(Metadata<?> current, RoleName role) {
    int floor = floors.getOrDefault(role, 0);
    return current == null ? floor : Math.max(floor, current.signed().version());
  }

  private static void checkVersion(RoleName role, int trusted, int received) {
    if (received < trusted) {
      throw new RollbackException(role, trusted, received);
    }
  }

  private void checkExpiry(RoleName role, Signed signed) {
    if (!signed.expires().isAfter(now)) {
      throw new ExpiredMetadataException(role, signed.expires());
    }
  }

  private void requireNoTimestampYet() {
    if (timestamp != null) {
      throw new IllegalStateException("root must be updated before timestamp");
    }
  }

  private static <T extends Signed> Metadata<T> require(Metadata<T> md, RoleName role) {
    if (md == null) {
      throw new IllegalStateException(role + " must be loaded first");
    }
    return md;
  }
}
