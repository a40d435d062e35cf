package dev.trustportal.notary.verify;

import dev.trustportal.notary.tuf.DelegatedRole;
import dev.trustportal.notary.tuf.FileMeta;
import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Targets;
import dev.trustportal.notary.tuf.TrustDataException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Runs the whole update chain over a {@link MetadataSource} in notary's client order (facts §2):
 * root (walking {@code N.root.json} up to the newest), timestamp, snapshot, targets, then
 * delegations breadth-first. A failing delegation is recorded and its subtree skipped; any failure
 * above that aborts.
 */
public final class RepositoryVerifier {
  private final Clock clock;

  public RepositoryVerifier(Clock clock) {
    this.clock = clock;
  }

  /**
   * @param trustedRoot the root file already trusted, or empty to trust the served root on first
   *     use
   * @param floors versions seen before (rollback protection across sessions)
   */
  public TrustedRepository verify(
      Gun gun, MetadataSource source, Optional<byte[]> trustedRoot, Map<RoleName, Integer> floors) {
    byte[] current = fetchRequired(source, RoleName.ROOT, Optional.empty());
    TrustedMetadataSet set =
        TrustedMetadataSet.fromTrustedRoot(gun, clock, trustedRoot.orElse(current), floors);
    rotateRoot(set, source, current);
    set.updateTimestamp(fetchRequired(source, RoleName.TIMESTAMP, Optional.empty()));
    FileMeta snapshotMeta =
        set.timestamp()
            .orElseThrow()
            .signed()
            .snapshotMeta()
            .orElseThrow(
                () -> new MissingMetadataException(RoleName.SNAPSHOT, RoleName.TIMESTAMP, "meta"));
    set.updateSnapshot(fetchRequired(source, RoleName.SNAPSHOT, Optional.of(snapshotMeta)));
    set.updateTargets(fetchRequired(source, RoleName.TARGETS, listed(set, RoleName.TARGETS)));
    Map<RoleName, TrustDataException> rejected = new LinkedHashMap<>();
    Map<RoleName, Metadata<Targets>> belowThreshold = new LinkedHashMap<>();
    loadDelegations(set, source, rejected, belowThreshold);
    return new TrustedRepository(
        gun,
        set.root(),
        set.timestamp().orElseThrow(),
        set.snapshot().orElseThrow(),
        set.verifiedTargets(RoleName.TARGETS).orElseThrow(),
        set.delegations(),
        set.results(),
        rejected,
        belowThreshold);
  }

  private void rotateRoot(TrustedMetadataSet set, MetadataSource source, byte[] newest) {
    Metadata<Root> served =
        dev.trustportal.notary.json.MetadataCodec.parse(RoleName.ROOT, newest, Root.class);
    int target = served.signed().version();
    for (int v = set.root().signed().version() + 1; v < target; v++) {
      int version = v;
      // Intermediate versions by number; gaps are allowed by the server (facts §3), so a missing
      // one is skipped.
      fetchVersion(source, version).ifPresent(set::updateRoot);
    }
    if (target > set.root().signed().version()) {
      set.updateRoot(newest);
    }
  }

  private Optional<byte[]> fetchVersion(MetadataSource source, int version) {
    return source instanceof VersionedSource vs
        ? vs.fetchVersion(RoleName.ROOT, version)
        : Optional.empty();
  }

  /**
   * A delegation whose only fault is too few valid signatures is also kept, parsed but untrusted,
   * in {@code belowThreshold}: callers show its tags as unverified, never as trusted.
   */
  private void loadDelegations(
      TrustedMetadataSet set,
      MetadataSource source,
      Map<RoleName, TrustDataException> rejected,
      Map<RoleName, Metadata<Targets>> belowThreshold) {
    Deque<DelegatedRole> queue =
        new ArrayDeque<>(
            set.verifiedTargets(RoleName.TARGETS).orElseThrow().signed().delegations().roles());
    while (!queue.isEmpty()) {
      RoleName role = queue.poll().name();
      Optional<FileMeta> listed = set.snapshot().orElseThrow().signed().meta(role);
      if (listed.isEmpty()) {
        continue; // defined but never uploaded: notary treats it as empty (facts §7)
      }
      Optional<byte[]> file = Optional.empty();
      try {
        file = source.fetch(role, listed);
        if (file.isPresent()) {
          Metadata<Targets> md = set.updateDelegation(role, file.get());
          queue.addAll(md.signed().delegations().roles());
        }
      } catch (ThresholdNotMetException e) {
        rejected.put(role, e);
        belowThreshold.put(
            role,
            dev.trustportal.notary.json.MetadataCodec.parse(
                role, file.orElseThrow(), Targets.class));
      } catch (TrustDataException e) {
        rejected.put(role, e);
      }
    }
  }

  private static Optional<FileMeta> listed(TrustedMetadataSet set, RoleName role) {
    return set.snapshot().flatMap(s -> s.signed().meta(role));
  }

  private static byte[] fetchRequired(
      MetadataSource source, RoleName role, Optional<FileMeta> listed) {
    return source
        .fetch(role, listed)
        .orElseThrow(() -> new MissingMetadataException(role, role, "file on the server"));
  }

  /**
   * A source that can also serve {@code <N>.root.json}, needed to walk a chain of root rotations.
   */
  public interface VersionedSource extends MetadataSource {
    Optional<byte[]> fetchVersion(RoleName role, int version);
  }
}
