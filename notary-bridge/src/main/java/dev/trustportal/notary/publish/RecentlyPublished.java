package dev.trustportal.notary.publish;

import dev.trustportal.notary.tuf.Gun;
import dev.trustportal.notary.tuf.Metadata;
import dev.trustportal.notary.tuf.RoleName;
import dev.trustportal.notary.tuf.Root;
import dev.trustportal.notary.tuf.Snapshot;
import dev.trustportal.notary.tuf.Targets;
import dev.trustportal.notary.verify.TrustedRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The trust data of a GUN as this publisher left it: the verified data it published on, with the
 * files it then signed and uploaded in place of the old ones. A next publish of the same GUN starts
 * from it instead of fetching everything again. It is only a starting point: notary-server refuses
 * an upload whose versions are not newer than what it holds (400 VERSION) and checks every
 * signature against the keys it holds, so if anyone else published meanwhile the upload fails and
 * {@link Publisher} fetches afresh. Entries are dropped after {@link #MAX_AGE} (so expiries are
 * judged again by a real fetch) and beyond {@link #MAX_ENTRIES} GUNs.
 */
final class RecentlyPublished {
  static final Duration MAX_AGE = Duration.ofSeconds(60);
  static final int MAX_ENTRIES = 64;

  private record Entry(TrustedRepository state, Instant at) {}

  private final Clock clock;
  private final Map<Gun, Entry> entries =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Gun, Entry> eldest) {
          return size() > MAX_ENTRIES;
        }
      };

  RecentlyPublished(Clock clock) {
    this.clock = clock;
  }

  synchronized Optional<TrustedRepository> get(Gun gun) {
    Entry e = entries.get(gun);
    if (e == null || e.at().plus(MAX_AGE).isBefore(clock.instant())) {
      entries.remove(gun);
      return Optional.empty();
    }
    return Optional.of(e.state());
  }

  synchronized void forget(Gun gun) {
    entries.remove(gun);
  }

  /**
   * Records the state after uploading {@code uploaded} on top of {@code base}. Not kept when the
   * base had rejected delegations (their files are unknown), nor when nothing was uploaded.
   */
  void published(TrustedRepository base, Map<RoleName, Metadata<?>> uploaded) {
    if (uploaded.isEmpty() || !base.rejected().isEmpty() || !base.belowThreshold().isEmpty()) {
      forget(base.gun());
      return;
    }
    TrustedRepository next = after(base, uploaded);
    synchronized (this) {
      entries.put(base.gun(), new Entry(next, clock.instant()));
    }
  }

  /**
   * Records a repository just created: root and targets as uploaded. The server-held timestamp and
   * snapshot are unknown (null): a publish never needs them unless it signs the snapshot itself,
   * and then it fetches.
   */
  @SuppressWarnings("unchecked")
  void created(Gun gun, Map<RoleName, Metadata<?>> uploaded) {
    TrustedRepository state =
        new TrustedRepository(
            gun,
            (Metadata<Root>) uploaded.get(RoleName.ROOT),
            null,
            null,
            (Metadata<Targets>) uploaded.get(RoleName.TARGETS),
            Map.of(),
            Map.of(),
            Map.of());
    synchronized (this) {
      entries.put(gun, new Entry(state, clock.instant()));
    }
  }

  @SuppressWarnings("unchecked")
  private static TrustedRepository after(
      TrustedRepository base, Map<RoleName, Metadata<?>> uploaded) {
    Metadata<Root> root = (Metadata<Root>) uploaded.getOrDefault(RoleName.ROOT, base.root());
    Metadata<Snapshot> snapshot =
        (Metadata<Snapshot>) uploaded.getOrDefault(RoleName.SNAPSHOT, base.snapshot());
    Map<RoleName, Metadata<Targets>> all = new LinkedHashMap<>(base.delegations());
    all.put(RoleName.TARGETS, base.targets());
    uploaded.forEach(
        (role, md) -> {
          if (md.signed() instanceof Targets) {
            all.put(role, (Metadata<Targets>) md);
          }
        });
    // Only roles still delegated from the new targets tree: a removed delegation's file is
    // orphaned.
    Map<RoleName, Metadata<Targets>> delegations = new LinkedHashMap<>();
    List<RoleName> queue = new ArrayList<>(List.of(RoleName.TARGETS));
    for (int i = 0; i < queue.size(); i++) {
      Metadata<Targets> md = all.get(queue.get(i));
      if (md != null) {
        if (i > 0) {
          delegations.put(queue.get(i), md);
        }
        md.signed().delegations().roles().forEach(d -> queue.add(d.name()));
      }
    }
    return new TrustedRepository(
        base.gun(),
        root,
        base.timestamp(),
        snapshot,
        all.get(RoleName.TARGETS),
        delegations,
        base.results(),
        Map.of());
  }
}
